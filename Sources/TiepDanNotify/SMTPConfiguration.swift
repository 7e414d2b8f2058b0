import Foundation

/// Where e-mail goes: `smtp://[user:password@]host[:port]?from=address`.
public struct SMTPConfiguration: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var username: String?
    public var password: String?
    /// The sender address of every notice.
    public var from: String
    /// Give up on a server that does not answer within this many seconds.
    public var timeout: TimeInterval

    /// Creates a configuration.
    public init(host: String, port: Int = 25, username: String? = nil, password: String? = nil, from: String, timeout: TimeInterval = 30) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.from = from
        self.timeout = timeout
    }

    /// Parses the `--smtp` / `TIEPDAN_SMTP` URL; the error says what is wrong with it.
    public init(url text: String) throws {
        guard let url = URLComponents(string: text), url.scheme == "smtp", let host = url.host, !host.isEmpty else {
            throw SMTPError.configuration("expected smtp://[user:password@]host[:port]?from=address, got \(text.prefix(80))")
        }
        guard let from = url.queryItems?.first(where: { $0.name == "from" })?.value, from.contains("@") else {
            throw SMTPError.configuration("add ?from=address (the sender of every notice) to the SMTP URL")
        }
        self.init(
            host: host,
            port: url.port ?? 25,
            username: url.user?.removingPercentEncoding,
            password: url.password?.removingPercentEncoding,
            from: from
        )
    }
}
