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

    /// The files' problems, and the report when they had no errors (nothing is written otherwise). Files whose digest
    /// and horizon are those of the last sync are not read again: a restart costs the same with 3,355 files as with 4.
    public func run(directory: String, now: Date = Date()) async throws -> (problems: [ScheduleProblem], report: ScheduleSyncReport?) {
        let today = ScheduleExpander.localDay(of: now, in: RFC3339.vietnam)
        let horizonDay = today.adding(days: horizonDays)
        let key = URL(fileURLWithPath: directory).standardizedFileURL.path
        let digest = DirectoryDigest.sha256(directory: directory)
        let last = try await store.read { database in
            try await database.raw("SELECT digest, horizon FROM schedule_syncs WHERE directory = \(bind: key)").first()
        }
        if let last, try last.decode(column: "digest", as: String.self) == digest,
            try last.decode(column: "horizon", as: String.self) == horizonDay.description
        {
            var report = ScheduleSyncReport()
            report.filesUnchanged = true
            return ([], report)
        }
        let set = ScheduleSet.load(directory: directory)
        guard !set.hasErrors else { return (set.problems, nil) }
        let horizon = ScheduleExpander.instant(horizonDay, minutes: 0, in: RFC3339.vietnam)
        let expander = ScheduleExpander(holidays: set.holidays)
        let batches = SessionRow.batches(of: set.schedules, expander: expander, from: today.adding(days: -1), through: horizonDay)
        defer { batches.maker.cancel() }
        let report = try await ScheduleRepository(store: store).sync(schedules: set.schedules, rows: batches.rows, now: now, horizon: horizon)
        // Kept after the sync's own transaction: a crash between the two only makes the next start sync again.
        let stamp = Int64(now.timeIntervalSince1970)
        try await store.transaction { database in
            try await database.raw("DELETE FROM schedule_syncs WHERE directory = \(bind: key)").run()
            try await database.raw(
                """
                INSERT INTO schedule_syncs (directory, digest, horizon, synced_at)
                VALUES (\(bind: key), \(bind: digest), \(bind: horizonDay.description), \(bind: stamp))
                """
            ).run()
        }
        return (set.problems, report)
    }
}
