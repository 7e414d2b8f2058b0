import Foundation
public import TiepDanCore

/// Reads the schedule files and materialises their sessions for the horizon: what
/// `tiepdan schedules sync` does, and `serve` at start.
public struct ScheduleSynchronizer: Sendable {
    let store: any Store
    /// Days ahead that sessions are materialised for.
    public let horizonDays: Int

    /// A synchronizer writing into `store`.
    public init(store: any Store, horizonDays: Int = 180) {
        self.store = store
        self.horizonDays = horizonDays
    }

    /// The files' problems, and the report when they had no errors (nothing is written otherwise).
    public func run(directory: String, now: Date = Date()) async throws -> (problems: [ScheduleProblem], report: ScheduleSyncReport?) {
        let set = ScheduleSet.load(directory: directory)
        guard !set.hasErrors else { return (set.problems, nil) }
        let today = ScheduleExpander.localDay(of: now, in: RFC3339.vietnam)
        let sessions = ScheduleExpander(holidays: set.holidays)
            .sessions(of: set.schedules, from: today.adding(days: -1), through: today.adding(days: horizonDays))
        let horizon = ScheduleExpander.instant(today.adding(days: horizonDays), minutes: 0, in: RFC3339.vietnam)
        let report = try await ScheduleRepository(store: store).sync(
            schedules: set.schedules,
            sessions: sessions,
            now: now,
            horizon: horizon
        )
        return (set.problems, report)
    }
}
