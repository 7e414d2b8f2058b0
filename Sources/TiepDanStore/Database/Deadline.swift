import Synchronization

/// Work that must finish within a time limit, so that a database that stopped answering turns into a clear error
/// instead of a request (or a shutdown) that waits for ever.
enum Deadline {
    /// The result of `work`, or `StoreError.unavailable` once `limit` has passed. The caller is answered at the
    /// limit even when the work cannot be interrupted (a statement on a connection whose server vanished): the work
    /// is cancelled and left to end with its connection. A caller cancelled meanwhile gets `CancellationError`.
    ///
    /// A `watchdog` looks sooner at work that is slow: after its delay it asks why the database might be unreachable
    /// (nil when it is reachable, only busy) and, given a reason, ends the wait with it at once.
    static func run<T: Sendable>(
        within limit: Duration,
        _ what: String,
        watchdog: (after: Duration, unreachable: @Sendable () async -> String?)? = nil,
        _ work: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let outcome = Outcome<T>()
        let worker = Task {
            do { outcome.finish(.success(try await work())) } catch { outcome.finish(.failure(error)) }
        }
        let timer = Task {
            var waited = Duration.zero
            if let watchdog, watchdog.after < limit {
                try await Task.sleep(for: watchdog.after)
                waited = watchdog.after
                if let reason = await watchdog.unreachable() {
                    outcome.finish(.failure(StoreError.unavailable(reason)))
                    return
                }
            }
            try await Task.sleep(for: limit - waited)
            outcome.finish(.failure(StoreError.unavailable("\(what) took longer than \(limit)")))
        }
        defer {
            timer.cancel()
            worker.cancel()
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { outcome.wait($0) }
        } onCancel: {
            outcome.finish(.failure(CancellationError()))
        }
    }

    /// The first of the work's result, the time limit and the caller's cancellation; the later ones are ignored.
    private final class Outcome<T: Sendable>: Sendable {
        private struct State {
            var waiting: CheckedContinuation<T, any Error>?
            var result: Result<T, any Error>?
        }
        private let state = Mutex(State())

        /// Answers `continuation` with the outcome, now if it is known, else when it is.
        func wait(_ continuation: CheckedContinuation<T, any Error>) {
            let known = state.withLock { state -> Result<T, any Error>? in
                if state.result == nil { state.waiting = continuation }
                return state.result
            }
            if let known { continuation.resume(with: known) }
        }

        func finish(_ result: Result<T, any Error>) {
            let waiting = state.withLock { state -> CheckedContinuation<T, any Error>? in
                guard state.result == nil else { return nil }
                state.result = result
                defer { state.waiting = nil }
                return state.waiting
            }
            waiting?.resume(with: result)
        }
    }
}
