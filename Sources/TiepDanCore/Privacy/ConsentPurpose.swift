/// What a citizen may agree to beyond the office's statutory duty, which needs no consent (Law on Personal Data
/// Protection 2025, Art. 19.1(c)): each is its own unticked choice, recorded with the text shown, and withdrawn at will.
public enum ConsentPurpose: String, Sendable, Codable, CaseIterable {
    /// The question and its answer published (masked) on the public list, the bulletins and the feeds.
    case publish
    /// The question read out on a radio programme or dialogue.
    case broadcast
    /// Confirmations, reminders and answers sent by Zalo, SMS or e-mail.
    case messages

    /// Whether a case of `category` may carry this consent at all: a denunciation, whose very existence can point to
    /// the denouncer (Law on Denunciations, Art. 9), and information about wrongdoing are never published nor read on
    /// air, whatever was ticked.
    public func applies(to category: CaseCategory) -> Bool {
        switch self {
        case .publish, .broadcast: return category != .denunciation && category != .information
        case .messages: return true
        }
    }
}
