/// One numbered, forward-only change to the schema.
///
/// Most SQL is shared; where the engines differ a migration names a statement per engine.
struct Migration: Sendable {
    /// A statement, the same on both engines or written once for each.
    enum Statement: Sendable {
        case shared(String)
        case perEngine(sqlite: String, postgres: String)

        func sql(for engine: DatabaseEngine) -> String {
            switch self {
            case .shared(let sql): sql
            case .perEngine(let sqlite, let postgres): engine == .sqlite ? sqlite : postgres
            }
        }
    }

    let version: Int
    let name: String
    let statements: [Statement]
}
