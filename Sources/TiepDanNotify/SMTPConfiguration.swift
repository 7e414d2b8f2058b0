import Foundation

/// Where e-mail goes: `smtp://[user:password@]host[:port]?from=address` (STARTTLS whenever the relay offers it) or
/// `smtps://…` (TLS from the first byte, port 465). Options: `ca_file=` a PEM file of the certificates to trust instead
/// of the system's; `allow_plain_auth=1` lets the password cross a connection that is not encrypted, which is refused
/// otherwise.
public struct SMTPConfiguration: Sendable, Equatable {
    /// How the connection is protected.
    public enum Security: String, Sendable, Equatable {
        /// Upgraded with STARTTLS when the relay offers it (RFC 3207).
        case startTLS = "smtp"
        /// TLS from the start (RFC 8314).
        case implicitTLS = "smtps"
    }

    public var host: String
    public var port: Int
    public var username: String?
    public var password: String?
    /// The sender address of every notice.
    public var from: String
    public var security: Security
    /// PEM certificates to trust for the relay's certificate; nil trusts the system's roots.
    public var caFile: String?
    /// The password may be sent over a clear connection (a relay on the same machine that offers no TLS).
    public var allowPlainAuth: Bool
    /// Give up on a server that does not answer within this many seconds.
    public var timeout: TimeInterval

    /// Creates a configuration.
    public init(
        host: String,
        port: Int? = nil,
        username: String? = nil,
        password: String? = nil,
        from: String,
        security: Security = .startTLS,
        caFile: String? = nil,
        allowPlainAuth: Bool = false,
        timeout: TimeInterval = 30
    ) {
        self.host = host
        self.port = port ?? (security == .implicitTLS ? 465 : 25)
        self.username = username
        self.password = password
        self.from = from
        self.security = security
        self.caFile = caFile
        self.allowPlainAuth = allowPlainAuth
        self.timeout = timeout
    }

    /// Parses the `--smtp` / `TIEPDAN_SMTP` URL; the error says what is wrong with it.
    public init(url text: String) throws {
        guard let url = URLComponents(string: text), let scheme = url.scheme.flatMap(Security.init(rawValue:)),
            let host = url.host, !host.isEmpty
        else {
            throw SMTPError.configuration("expected smtp:// or smtps://[user:password@]host[:port]?from=address, got \(text.prefix(80))")
        }
        func option(_ name: String) -> String? { url.queryItems?.first { $0.name == name }?.value }
        guard let from = option("from"), from.contains("@") else {
            throw SMTPError.configuration("add ?from=address (the sender of every notice) to the SMTP URL")
        }
        if let caFile = option("ca_file"), !FileManager.default.isReadableFile(atPath: caFile) {
            throw SMTPError.configuration("ca_file \(caFile) cannot be read")
        }
        self.init(
            host: host,
            port: url.port,
            username: url.user?.removingPercentEncoding,
            password: url.password?.removingPercentEncoding,
            from: from,
            security: scheme,
            caFile: option("ca_file"),
            allowPlainAuth: option("allow_plain_auth") == "1"
        )
    }
}
