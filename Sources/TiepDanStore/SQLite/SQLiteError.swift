import CSQLite

/// An error SQLite returned: its extended result code and message.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The extended result code (`sqlite3_extended_errcode`).
    public let code: Int32
    /// SQLite's message.
    public let message: String

    /// The primary result code (`SQLITE_FULL`, `SQLITE_BUSY`, …), the extended code's low byte.
    public var primaryCode: Int32 { code & 0xFF }

    public var description: String { "SQLite error \(code): \(message)" }

    /// Why the database cannot serve now, when this error says so (the disk, the file, a lock held too long); nil for
    /// an error of the statement itself.
    var unavailability: String? {
        switch primaryCode {
        case SQLITE_FULL: "the disk is full"
        case SQLITE_IOERR, SQLITE_NOMEM: "the disk cannot be written (\(message))"
        case SQLITE_READONLY: "the database file is read-only"
        case SQLITE_CANTOPEN: "the database file cannot be opened"
        case SQLITE_BUSY, SQLITE_LOCKED: "the database stayed locked by another process"
        default: nil
        }
    }

    /// Whether a UNIQUE or PRIMARY KEY constraint refused the row.
    var isUniqueViolation: Bool {
        // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY (extended codes; Swift does not import the macros).
        code == 2067 || code == 1555
    }
}
