import TiepDanCore

/// How the citizen wants to hear back (`ReplyChannel`), as radio buttons on the form and a line on check your answers.
struct ReplyChoice: Sendable {
    let zalo: Bool
    let sms: Bool
    let email: Bool
    /// The choice in the page's language, for check your answers.
    let label: String

    /// The choice the form's `value` names, else `preset` (a booking's Zalo: its phone is required; a question, whose
    /// contacts are optional, presets none, and its sender gets the default for what they gave), in words `word` gives
    /// (`reply_channel_<channel>`).
    init(_ value: String?, preset: ReplyChannel?, _ word: (String) -> String) {
        let channel = value.flatMap(ReplyChannel.init(rawValue:)) ?? preset
        zalo = channel == .zalo
        sms = channel == .sms
        email = channel == .email
        label = channel.map { word("reply_channel_" + $0.rawValue) } ?? ""
    }
}
