import Foundation

/// One numbered, forward-only change to the schema, written in a file of its own.
///
/// Most SQL is shared; where the engines differ a migration names a statement per engine.
struct Migration: Sendable {
    /// A statement, the same on both engines or written once for each.
    enum Statement: Sendable {
        case shared(String)
        case perEngine(sqlite: String, postgres: String)
        /// A statement one engine needs and the other does not (where one engine says in two what the other says in three).
        case only(DatabaseEngine, String)

        /// The statement for `engine`; empty when it has none.
        func sql(for engine: DatabaseEngine) -> String {
            switch self {
            case .shared(let sql): sql
            case .perEngine(let sqlite, let postgres): engine == .sqlite ? sqlite : postgres
            case .only(let wanted, let sql): engine == wanted ? sql : ""
            }
        }
    }

    let version: Int
    let name: String
    let statements: [Statement]
    /// The source file that holds it, named when it no longer matches what was applied.
    let file: String

    init(version: Int, name: String, statements: [Statement], fileID: String = #fileID) {
        self.version = version
        self.name = name
        self.statements = statements
        self.file = "Sources/TiepDanStore/Migrations/" + (fileID.split(separator: "/").last.map(String.init) ?? fileID)
    }

    /// SHA-256 of everything the migration would run on either engine, recorded when it is applied:
    /// a later edit of an applied migration changes it, and the service refuses to start.
    var checksum: String {
        var text = "\(version)\u{1}\(name)"
        for statement in statements {
            for engine in DatabaseEngine.allCases { text += "\u{1}" + statement.sql(for: engine) }
        }
        return SHA256Text.hex(text)
    }
}
