import Testing
import TiepDanStore

/// One behaviour every store must have, run on SQLite always and on PostgreSQL when reachable.
struct StoreScenario: Sendable, CustomTestStringConvertible {
    let name: String
    let run: @Sendable (any Store) async throws -> Void

    init(name: String, _ run: @escaping @Sendable (any Store) async throws -> Void) {
        self.name = name
        self.run = run
    }

    var testDescription: String { name }
}
