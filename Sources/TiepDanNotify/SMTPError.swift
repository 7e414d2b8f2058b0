/// Why an e-mail was not handed to the SMTP server.
public enum SMTPError: Error, CustomStringConvertible {
    /// The `--smtp` URL is unusable.
    case configuration(String)
    /// The server answered a command with an unexpected code.
    case rejected(command: String, reply: String)
    /// The server closed the connection or did not answer in time.
    case connection(String)
    /// The relay offers no encryption and the password would cross in clear: nothing was sent.
    case insecure(String)

    public var description: String {
        switch self {
        case .configuration(let message): return "SMTP configuration: \(message)"
        case .rejected(let command, let reply): return "SMTP server refused \(command): \(reply)"
        case .connection(let message): return "SMTP connection: \(message)"
        case .insecure(let message): return "SMTP refused to authenticate in clear: \(message)"
        }
    }
}
