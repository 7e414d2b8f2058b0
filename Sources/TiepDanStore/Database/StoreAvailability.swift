import Logging
import Synchronization

/// Whether the database last answered, so that an outage is logged once when it starts and once when it ends,
/// however many requests meet it in between.
final class StoreAvailability: Sendable {
    private let failing = Mutex<Bool>(false)
    private let logger: Logger

    init(logger: Logger) {
        self.logger = logger
    }

    /// Runs `work`, turning an error that means "the database cannot serve now" into `StoreError.unavailable`.
    func guarded<T>(_ work: () async throws -> T) async throws -> T {
        do {
            let result = try await work()
            if failing.withLock({ $0 }) { recovered() }
            return result
        } catch {
            guard let reason = DatabaseErrorKind.unavailability(error) else { throw error }
            let first = failing.withLock { was in
                defer { was = true }
                return !was
            }
            if first { logger.error("the database cannot serve: \(reason); answering 503 until it can") }
            throw StoreError.unavailable(reason)
        }
    }

    private func recovered() {
        let was = failing.withLock { was in
            defer { was = false }
            return was
        }
        if was { logger.notice("the database serves again") }
    }
}
