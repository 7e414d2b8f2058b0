import Foundation
public import Logging
public import ServiceLifecycle
public import TiepDanCore
public import TiepDanStore

/// Runs beside the server: every few minutes it queues the commitment reminders that are due
/// (`CommitmentRepository.queueReminders`), which the notification worker then delivers. Safe to
/// run on every instance: each reminder is claimed once in the database.
public struct CommitmentReminderJob: Service {
    let commitments: CommitmentRepository
    let calendar: HolidayCalendar
    let workingDaysBefore: Int
    let interval: Duration
    let logger: Logger

    /// A job reminding owners `workingDaysBefore` working days before each deadline, and on the
    /// first overdue day.
    public init(
        commitments: CommitmentRepository,
        calendar: HolidayCalendar,
        workingDaysBefore: Int,
        interval: Duration = .seconds(300),
        logger: Logger
    ) {
        self.commitments = commitments
        self.calendar = calendar
        self.workingDaysBefore = workingDaysBefore
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                let queued = try await commitments.queueReminders(now: Date(), workingDaysBefore: workingDaysBefore, calendar: calendar)
                if queued > 0 { logger.info("commitment reminders queued", metadata: ["count": "\(queued)"]) }
            } catch StoreError.unavailable {
                // The store has logged the outage once; the next round tries again.
            } catch {
                logger.error("commitment reminder round failed", metadata: ["error": "\(error)"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}
