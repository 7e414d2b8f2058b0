import Foundation
import SQLKit

/// Asks the database whether it can take the service's work, for `/readyz`.
public struct HealthProbe: Sendable {
    private let store: any Store

    /// A probe of `store`.
    public init(store: any Store) {
        self.store = store
    }

    /// Whether the database accepts a write now (the disk has room, the server is up and writable); why not otherwise.
    public func acceptsWrites(now: Date = Date()) async -> (ready: Bool, reason: String?) {
        if let problem = store.readinessProblem() { return (false, problem) }
        do {
            try await store.transaction { database in
                try await database.raw(
                    """
                    INSERT INTO service_readiness (id, checked_at) VALUES (1, \(bind: Int64(now.timeIntervalSince1970)))
                    ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at
                    """
                ).run()
            }
            return (true, nil)
        } catch let error as StoreError {
            return (false, error.description)
        } catch {
            return (false, "\(error)")
        }
    }
}
