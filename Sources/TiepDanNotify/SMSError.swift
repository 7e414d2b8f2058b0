/// Why a text message was not handed to the gateway.
public enum SMSError: Error, CustomStringConvertible {
    /// The `--sms` URL is unusable.
    case configuration(String)
    /// The number is not a Vietnamese phone number.
    case recipient
    /// The gateway refused the message or did not say it took it.
    case rejected(status: Int, reply: String)

    public var description: String {
        switch self {
        case .configuration(let message): return "SMS configuration: \(message)"
        case .recipient: return "SMS: not a Vietnamese phone number"
        case .rejected(let status, let reply): return "SMS gateway refused (HTTP \(status)): \(reply.prefix(200))"
        }
    }
}
