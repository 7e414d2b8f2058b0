public import Foundation
public import TiepDanCore
public import TiepDanStore

/// An organisation's accountability figures, over every commitment it has made: how many are open, done on time,
/// done late and overdue, the share kept on time, and the same by the month they fall due over the last twelve.
public struct CommitmentFigures: Sendable {
    /// The counts of one month, or of all time.
    public struct Counts: Sendable, Equatable {
        public var doneOnTime = 0
        public var doneLate = 0
        public var overdue = 0
        /// Open or in progress, not yet due.
        public var open = 0

        /// The share done on time of those judged (done or overdue), in whole percent; nil when none is judged yet.
        public var onTimeShare: Int? {
            let judged = doneOnTime + doneLate + overdue
            return judged == 0 ? nil : Int((Double(doneOnTime) * 100 / Double(judged)).rounded())
        }
    }

    /// One month's counts, by the month the commitments fall due.
    public struct Month: Sendable {
        public let year: Int
        public let month: Int
        public let counts: Counts
    }

    /// Every commitment's count; dropped ones count nowhere.
    public let total: Counts
    /// The twelve months ending with today's, oldest first.
    public let months: [Month]

    /// The figures of `standings` at `now`, each status and on-time judgement by `clock`.
    public init(_ standings: [CommitmentStanding], clock: CommitmentClock, now: Date) {
        let today = ZoneClock(clock.zone).day(of: now)
        let firstMonth = today.year * 12 + today.month - 12
        var total = Counts()
        var byMonth = [Counts](repeating: Counts(), count: 12)
        for standing in standings {
            let due = standing.dueDate
            let status = clock.status(stored: standing.status, due: due, today: today)
            let slot = due.year * 12 + due.month - firstMonth - 1
            func count(_ path: WritableKeyPath<Counts, Int>) {
                total[keyPath: path] += 1
                if byMonth.indices.contains(slot) { byMonth[slot][keyPath: path] += 1 }
            }
            switch status {
            case .done:
                count(standing.doneAt.map { clock.onTime(due: due, doneAt: $0) } ?? true ? \.doneOnTime : \.doneLate)
            case .overdue: count(\.overdue)
            case .open, .inProgress: count(\.open)
            case .dropped: break
            }
        }
        self.total = total
        self.months = byMonth.enumerated().map { index, counts in
            let number = firstMonth + index
            return Month(year: number / 12, month: number % 12 + 1, counts: counts)
        }
    }
}
