import TiepDanCore

/// How the citizen wants to hear back (`ReplyChannel`), as radio buttons on the form and a line on check your answers:
/// Zalo unless they chose otherwise.
struct ReplyChoice: Sendable {
    let zalo: Bool
    let sms: Bool
    let email: Bool
    /// The choice in the page's language, for check your answers.
    let label: String

    /// The choice the form's `value` names, in words `word` gives (`reply_channel_<channel>`).
    init(_ value: String?, _ word: (String) -> String) {
        let channel = value.flatMap(ReplyChannel.init(rawValue:)) ?? .zalo
        zalo = channel == .zalo
        sms = channel == .sms
        email = channel == .email
        label = word("reply_channel_" + channel.rawValue)
    }
}
