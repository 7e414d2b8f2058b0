/// Whom tiepdan may message, and how: the personal data law as the office applies it.
public enum MessagingRule {
    /// A change the office made to a citizen's appointment (moved, cancelled, a place given from the waiting list) is part
    /// of receiving them, a statutory duty (Law 91/2025, Art. 19.1(c)): they are told by text message on the phone the form
    /// asked for that purpose, consent or not. Every other message, and anything by e-mail, needs their consent to be
    /// messaged (`ConsentPurpose.messages`), which they may withdraw.
    public static func mayMessage(on channel: NoticeChannel, duty: Bool, consent: Bool) -> Bool {
        switch channel {
        case .staff: return true
        case .sms: return duty || consent
        case .email: return consent
        }
    }
}
