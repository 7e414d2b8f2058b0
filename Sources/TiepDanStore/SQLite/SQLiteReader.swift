/// A read-only connection with its own thread, as the readers' gate hands it out.
struct SQLiteReader: Sendable {
    let database: SQLiteDatabase
    let thread: SQLiteThread

    var connection: SQLiteConnection { database.connection }
}
