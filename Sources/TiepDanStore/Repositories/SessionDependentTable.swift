/// A table whose rows tie citizens' data (bookings, questions) to a session.
public struct SessionDependentTable: Sendable {
    /// The table.
    public let table: String
    /// Its column holding the session id.
    public let sessionColumn: String

    /// Names a dependent table.
    public init(table: String, sessionColumn: String) {
        self.table = table
        self.sessionColumn = sessionColumn
    }
}
