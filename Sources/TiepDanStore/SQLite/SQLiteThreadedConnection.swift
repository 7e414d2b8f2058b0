/// A connection with its own thread: each reader, as the readers' gate hands it out, and the writer's before the
/// writer takes it.
struct SQLiteThreadedConnection: Sendable {
    let database: SQLiteDatabase
    let thread: SQLiteThread

    var connection: SQLiteConnection { database.connection }
}
