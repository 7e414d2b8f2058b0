import NIOCore
import PostgresNIO
import _ConnectionPoolModule

/// Tells apart the database errors that mean "this value already exists", and those that mean "the database cannot
/// serve now" (unreachable, restarting, out of disk), on either engine.
enum DatabaseErrorKind {
    /// Why the database cannot serve now, when `error` says so; nil for an error of the request itself.
    static func unavailability(_ error: any Error) -> String? {
        switch error {
        case StoreError.unavailable(let reason):
            return reason
        case StoreError.closed:
            return "the service is shutting down"
        case let error as SQLiteError:
            return error.unavailability
        case let error as PSQLError:
            if let state = error.serverInfo?[.sqlState] {
                // 08: connection exception; 53: insufficient resources (disk full, out of memory); 57P: the server is
                // shutting down, restarting or not yet accepting connections.
                guard state.hasPrefix("08") || state.hasPrefix("53") || state.hasPrefix("57P") else { return nil }
                return "PostgreSQL: \(error.serverInfo?[.message] ?? state)"
            }
            guard error.code != .server, error.code != .queryCancelled, error.code != .tooManyParameters else { return nil }
            return "PostgreSQL connection: \(error.code)"
        case let error as ConnectionPoolError:
            return "no PostgreSQL connection (\(error))"
        case is IOError, is ChannelError:
            return "the database connection failed (\(error))"
        default:
            return nil
        }
    }

    /// Whether `error` is a unique-constraint violation.
    static func isUniqueViolation(_ error: any Error) -> Bool {
        if let error = error as? SQLiteError {
            return error.isUniqueViolation
        }
        if let error = error as? PSQLError {
            return error.serverInfo?[.sqlState] == "23505"
        }
        return false
    }
}
