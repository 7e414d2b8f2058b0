/// How a citizen asked to hear back about their booking or question: their phone by Zalo (a text message when the
/// number has no Zalo), their phone by text message only, or e-mail only. An e-mail address given with the consent to
/// be messaged is written to as well when the phone is chosen: it carries the booking's calendar file.
public enum ReplyChannel: String, Sendable, Codable, CaseIterable {
    case zalo
    case sms
    case email

    /// The choice `text` names, or the default (the phone by Zalo, or e-mail when there is no phone); a problem,
    /// in English for the API's field error, when it names no channel or one the citizen gave no contact for.
    public static func chosen(_ text: String?, phone: Bool, email: Bool) -> (channel: ReplyChannel, problem: String?) {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            return (phone || !email ? .zalo : .email, nil)
        }
        guard let channel = ReplyChannel(rawValue: text) else { return (.zalo, "choose zalo, sms or email") }
        let reachable = channel == .email ? email : phone
        return (channel, reachable ? nil : channel == .email ? "needs an e-mail address to reach" : "needs a phone number to reach")
    }
}
