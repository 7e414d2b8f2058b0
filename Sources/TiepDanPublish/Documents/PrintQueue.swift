/// Lets a few Chromium processes print at once and a few more requests wait their turn; past that it refuses at
/// once, so a burst of PDF requests can neither start a browser per request on a two-core server nor pile up
/// requests without end.
actor PrintQueue {
    private let limit: Int
    private let maxWaiting: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int, maxWaiting: Int) {
        self.limit = max(1, limit)
        self.maxWaiting = max(0, maxWaiting)
    }

    /// Runs `body` once a place is free; `ChromiumPrinterError.busy` when the waiting line is full.
    func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        if running >= limit {
            guard waiting.count < maxWaiting else { throw ChromiumPrinterError.busy }
            await withCheckedContinuation { waiting.append($0) }
        } else {
            running += 1
        }
        defer {
            // The place passes straight to the next in line, or is given back.
            if waiting.isEmpty { running -= 1 } else { waiting.removeFirst().resume() }
        }
        return try await body()
    }
}
