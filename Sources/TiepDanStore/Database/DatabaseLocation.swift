/// Where the data lives, parsed from `--database` or `DATABASE_URL`.
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    /// An SQLite file (created on first start).
    case sqlite(path: String)
    /// A PostgreSQL server, as a `postgres://user:pass@host:port/db` URL.
    case postgres(url: String)

    /// The default when nothing is configured: the embedded database in `data/`.
    public static let `default` = DatabaseLocation.sqlite(path: "data/tiepdan.sqlite")

    /// Parses `sqlite:PATH`, `sqlite://PATH` or `postgres://...` / `postgresql://...`.
    public init(parsing text: String) throws(StoreError) {
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(url: text)
        } else if text.hasPrefix("sqlite://") {
            self = try Self.sqlite(String(text.dropFirst("sqlite://".count)), original: text)
        } else if text.hasPrefix("sqlite:") {
            self = try Self.sqlite(String(text.dropFirst("sqlite:".count)), original: text)
        } else {
            throw .invalidLocation(
                "database URL '\(text)' must start with sqlite: or postgres://"
            )
        }
    }

    private static func sqlite(_ path: String, original: String) throws(StoreError) -> DatabaseLocation {
        guard !path.isEmpty else {
            throw .invalidLocation("database URL '\(original)' names no file")
        }
        return .sqlite(path: path)
    }

    /// Text safe for logs: a PostgreSQL password is hidden.
    public var description: String {
        switch self {
        case .sqlite(let path):
            return "sqlite:\(path)"
        case .postgres(let url):
            guard let at = url.lastIndex(of: "@"), let scheme = url.range(of: "://") else { return url }
            let credentials = url[scheme.upperBound..<at]
            guard let colon = credentials.firstIndex(of: ":") else { return url }
            return String(url[..<colon]) + ":***" + String(url[at...])
        }
    }
}
