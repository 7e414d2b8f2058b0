/// Failures of the store that an operator can act on; each reads as one line.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The `--database` value cannot be understood.
    case invalidLocation(String)
    /// Another `tiepdan serve` already holds this SQLite file.
    case alreadyServed(path: String)
    /// The store was closed and takes no more work.
    case closed
    /// A unique value (a user name, a reference) already exists.
    case duplicate(String)
    /// What a change names does not exist.
    case notFound(String)
    /// The database cannot serve now (unreachable, restarting, out of disk, too slow); nothing was saved.
    case unavailable(String)

    /// The one-line reason printed to operators.
    public var description: String {
        switch self {
        case .invalidLocation(let reason):
            return reason
        case .alreadyServed(let path):
            return "another 'tiepdan serve' is already running on \(path); stop it first"
                + " (admin commands such as 'users add' and 'migrate' may run beside it)"
        case .closed:
            return "the database is closed"
        case .duplicate(let what):
            return "\(what) already exists"
        case .notFound(let what):
            return "no \(what)"
        case .unavailable(let reason):
            return "the database cannot serve now: \(reason)"
        }
    }
}
