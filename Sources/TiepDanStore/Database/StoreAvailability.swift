import Dispatch
import Logging
import Metrics
import Synchronization

/// Whether the database last answered, so that an outage is logged once when it starts and once when it ends,
/// however many requests meet it in between; and the metrics of the store's use: uses in progress, how long each
/// took (waiting for a connection included), and the uses refused because the database could not serve.
final class StoreAvailability: Sendable {
    private let failing = Mutex<Bool>(false)
    private let logger: Logger
    private let inUse: Meter
    private let duration: Metrics.Timer
    private let refused: Counter

    init(engine: DatabaseEngine, logger: Logger) {
        self.logger = logger
        let dimensions = [("engine", engine.rawValue)]
        inUse = Meter(label: "tiepdan_database_uses_in_progress", dimensions: dimensions)
        duration = Metrics.Timer(label: "tiepdan_database_use_duration_seconds", dimensions: dimensions, preferredDisplayUnit: .seconds)
        refused = Counter(label: "tiepdan_database_unavailable_total", dimensions: dimensions)
    }

    /// Runs `work`, turning an error that means "the database cannot serve now" into `StoreError.unavailable`.
    func guarded<T>(_ work: () async throws -> T) async throws -> T {
        let started = DispatchTime.now().uptimeNanoseconds
        inUse.increment()
        defer {
            inUse.decrement()
            duration.recordNanoseconds(Int64(DispatchTime.now().uptimeNanoseconds - started))
        }
        do {
            let result = try await work()
            if failing.withLock({ $0 }) { recovered() }
            return result
        } catch {
            guard let reason = DatabaseErrorKind.unavailability(error) else { throw error }
            refused.increment()
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
