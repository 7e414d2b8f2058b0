import Foundation
public import Logging
import Metrics
public import ServiceLifecycle
import TiepDanCore
public import TiepDanStore

/// Delivers the outbox: every few seconds it claims due notices, hands each to the sender for its
/// channel, and records the result. A failure is retried later, further apart each time, and
/// given up on (status `failed`, shown to staff) after the last delay.
public struct NotificationWorker: Service {
    /// The waits after the first, second... failed attempt.
    public static let retryDelays: [TimeInterval] = [60, 5 * 60, 30 * 60, 2 * 3600, 6 * 3600]

    let outbox: NotificationOutbox
    let email: any NotificationSender
    let sms: any NotificationSender
    let staff: any NotificationSender
    let interval: Duration
    let logger: Logger

    /// A worker over `outbox`, sending e-mail, text messages and staff messages (by default
    /// through the text message sender) through the given senders.
    public init(
        outbox: NotificationOutbox,
        email: any NotificationSender,
        sms: any NotificationSender,
        staff: (any NotificationSender)? = nil,
        interval: Duration = .seconds(5),
        logger: Logger
    ) {
        self.outbox = outbox
        self.email = email
        self.sms = sms
        self.staff = staff ?? sms
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        // On shutdown the round in progress finishes and the sleep is cut short; what is not yet
        // sent stays in the outbox for the next start.
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                _ = try await deliverDue(now: Date())
            } catch StoreError.unavailable {
                // The store has logged the outage once; the next round tries again.
            } catch {
                logger.error("notification delivery round failed", metadata: ["error": "\(error)"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }

    /// One round: claims what is due at `now` and sends it. Returns how many were delivered.
    public func deliverDue(now: Date, limit: Int = 50) async throws -> Int {
        let claimed = try await outbox.claimDue(now: now, limit: limit, lease: 120)
        var delivered = 0
        for queued in claimed {
            let sender: any NotificationSender
            switch queued.notice.channel {
            case .email: sender = email
            case .sms, .zalo: sender = sms
            case .staff: sender = staff
            }
            do {
                try await sender.send(queued.notice, id: queued.id)
                try await outbox.markSent(queued.id, now: Date())
                delivered += 1
                Counter(label: "tiepdan_notices_sent_total", dimensions: [("channel", queued.notice.channel.rawValue)]).increment()
            } catch {
                Counter(label: "tiepdan_notice_failures_total", dimensions: [("channel", queued.notice.channel.rawValue)]).increment()
                let delay = queued.attempts <= Self.retryDelays.count ? Self.retryDelays[queued.attempts - 1] : nil
                try await outbox.markFailed(queued.id, error: "\(error)", retryAt: delay.map { now.addingTimeInterval($0) })
                logger.warning(
                    "notice not delivered",
                    metadata: [
                        "notice": "\(queued.id)", "attempt": "\(queued.attempts)", "retry": "\(delay.map { "in \(Int($0)) s" } ?? "no: given up")",
                        "error": "\(error)",
                    ]
                )
            }
        }
        return delivered
    }
}
