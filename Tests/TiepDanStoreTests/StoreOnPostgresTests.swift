import Testing
import TiepDanStore

@Suite("Store on PostgreSQL", .enabled(if: TestDatabase.postgresURL != nil, "set TIEPDAN_TEST_POSTGRES_URL (the test script does)"))
struct StoreOnPostgresTests {
    @Test("scenario on PostgreSQL", arguments: StoreScenarios.all)
    func scenario(_ scenario: StoreScenario) async throws {
        try await TestDatabase.with(.postgres) { store, _ in try await scenario.run(store) }
    }
}
