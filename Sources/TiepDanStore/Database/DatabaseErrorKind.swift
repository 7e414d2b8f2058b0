import PostgresNIO
import SQLiteNIO

/// Tells apart the database errors that mean "this value already exists" on either engine.
enum DatabaseErrorKind {
    /// Whether `error` is a unique-constraint violation.
    static func isUniqueViolation(_ error: any Error) -> Bool {
        if let error = error as? SQLiteError {
            return error.reason == .constraintUniqueFailed || error.reason == .constraintPrimaryKeyFailed
        }
        if let error = error as? PSQLError {
            return error.serverInfo?[.sqlState] == "23505"
        }
        return false
    }
}
