import SQLKit

/// Asks the database for the smallest possible answer, for `/healthz`.
public struct HealthProbe: Sendable {
    private let store: any Store

    /// A probe of `store`.
    public init(store: any Store) {
        self.store = store
    }

    /// Whether the database answered a query.
    public func databaseAnswers() async -> Bool {
        (try? await store.read { try await $0.raw("SELECT 1 AS ok").first() != nil }) ?? false
    }
}
