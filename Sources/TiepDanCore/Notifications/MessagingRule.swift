/// Whom tiepdan may message, and how: the personal data law as the office applies it.
public enum MessagingRule {
    /// A change the office made to a citizen's appointment (moved, cancelled, a place given from the waiting list) is part
    /// of receiving them, a statutory duty (Law 91/2025, Art. 19.1(c)): they are told by text message on the phone the form
    /// asked for that purpose, consent or not. Every other message, and anything by e-mail, needs their consent to be
    /// messaged (`ConsentPurpose.messages`), which they may withdraw.
    public static func mayMessage(on channel: NoticeChannel, duty: Bool, consent: Bool) -> Bool {
        switch channel {
        case .staff: return true
        case .sms, .zalo: return duty || consent
        case .email: return consent
        }
    }

    /// The channels a notice goes on, given the citizen's `choice` (`ReplyChannel`) and the contacts they gave: their
    /// phone as they chose it, unless they chose e-mail and can be written to there; and their e-mail whenever they
    /// agreed to be messaged. A duty notice to one who chose e-mail but did not consent goes by text message.
    public static func channels(choice: ReplyChannel, duty: Bool, consent: Bool, phone: Bool, email: Bool) -> [NoticeChannel] {
        var channels: [NoticeChannel] = []
        let byEmail = email && mayMessage(on: .email, duty: duty, consent: consent)
        if phone, mayMessage(on: .sms, duty: duty, consent: consent), !(choice == .email && byEmail) {
            channels.append(choice == .zalo ? .zalo : .sms)
        }
        if byEmail { channels.append(.email) }
        return channels
    }
}
