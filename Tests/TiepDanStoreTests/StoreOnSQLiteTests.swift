import Testing
import TiepDanStore
import TiepDanTestSupport

@Suite("Store on SQLite")
struct StoreOnSQLiteTests {
    @Test("scenario on SQLite", arguments: StoreScenarios.all)
    func scenario(_ scenario: StoreScenario) async throws {
        try await TestDatabase.with(.sqlite) { store, _ in try await scenario.run(store) }
    }
}
