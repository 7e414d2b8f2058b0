/// Hands a fixed set of connections to callers in the order they asked (first in, first out).
///
/// With one connection it is the SQLite gate the design asks for: writers never starve and
/// SQLite never sees two statements at once from this process.
actor ConnectionGate<Connection: Sendable> {
    private var idle: [Connection]
    private var waiting: [CheckedContinuation<Connection, any Error>] = []
    private var isClosed = false

    init(connections: [Connection]) {
        self.idle = connections
    }

    /// Runs `body` with a connection, waiting for one when all are busy.
    nonisolated func withConnection<T: Sendable>(
        _ body: (Connection) async throws -> T
    ) async throws -> T {
        let connection = try await acquire()
        do {
            let result = try await body(connection)
            await release(connection)
            return result
        } catch {
            await release(connection)
            throw error
        }
    }

    /// Stops handing out connections and returns the idle ones once every borrowed one is back.
    func drain(expecting total: Int) async -> [Connection] {
        isClosed = true
        for waiter in waiting { waiter.resume(throwing: StoreError.closed) }
        waiting.removeAll()
        while idle.count < total {
            await Task.yield()
            try? await Task.sleep(for: .milliseconds(5))
        }
        defer { idle.removeAll() }
        return idle
    }

    private func acquire() async throws -> Connection {
        guard !isClosed else { throw StoreError.closed }
        if waiting.isEmpty, let connection = idle.popLast() {
            return connection
        }
        return try await withCheckedThrowingContinuation { waiting.append($0) }
    }

    private func release(_ connection: Connection) {
        if !waiting.isEmpty {
            waiting.removeFirst().resume(returning: connection)
        } else {
            idle.append(connection)
        }
    }
}
