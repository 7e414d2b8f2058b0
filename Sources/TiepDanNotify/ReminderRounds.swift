import Logging
import ServiceLifecycle
import TiepDanStore

/// The loop both reminder jobs run: a round every `interval` until shutdown, each round's count logged, an outage of
/// the store left to the store's own log, any other failure logged and tried again next round.
enum ReminderRounds {
    static func run(every interval: Duration, what: String, logger: Logger, round: @Sendable () async throws -> Int) async {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                let queued = try await round()
                if queued > 0 { logger.info("\(what) queued", metadata: ["count": "\(queued)"]) }
            } catch StoreError.unavailable {
                // The store has logged the outage once; the next round tries again.
            } catch {
                logger.error("\(what) round failed", metadata: ["error": "\(error)"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}
