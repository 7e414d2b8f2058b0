import SQLKit

extension SQLDatabase {
    /// Runs `body` between `begin` and COMMIT on this one connection, rolling back when it throws.
    func inTransaction<T: Sendable>(begin: SQLQueryString, _ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await raw(begin).run()
        do {
            let result = try await body(self)
            try await raw("COMMIT").run()
            return result
        } catch {
            try? await raw("ROLLBACK").run()
            throw error
        }
    }
}
