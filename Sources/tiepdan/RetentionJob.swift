import Foundation
import Logging
import ServiceLifecycle
import TiepDanOffice
import TiepDanStore

/// Runs beside the server: every few hours it anonymises what has passed its retention period (`RetentionDesk`).
/// Safe on every instance: an erased record is never chosen again, and erasing one twice changes nothing.
struct RetentionJob: Service {
    let desk: RetentionDesk
    let interval: Duration
    /// The first round waits this long, so the job adds nothing to the server's start.
    let firstAfter: Duration = .seconds(300)
    let logger: Logger

    func run() async throws {
        try? await cancelWhenGracefulShutdown { try await Task.sleep(for: firstAfter) }
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                let counts = try await desk.run(now: Date())
                for (kind, count) in counts where count > 0 {
                    logger.notice("retention: anonymised records past their period", metadata: ["kind": "\(kind.rawValue)", "count": "\(count)"])
                }
            } catch StoreError.unavailable {
                // The store has logged the outage once; the next round tries again.
            } catch {
                logger.error("retention round failed", metadata: ["error": "\(error)"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}
