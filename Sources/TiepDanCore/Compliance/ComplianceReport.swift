/// The reception compliance report: for each leader and month or quarter, the days of reception
/// the legal minimum for the leader's role requires, against the days a session the leader
/// received at was marked held.
public struct ComplianceReport: Sendable {
    /// Months or quarters.
    public enum Granularity: String, Sendable {
        case month, quarter
    }

    public var minimums: [ReceptionMinimum]

    /// A report against `minimums`.
    public init(minimums: [ReceptionMinimum]) {
        self.minimums = minimums
    }

    /// The rows for `leaders` over `year`; `heldDays` gives each leader's days with a held session.
    public func rows(leaders: [Leader], year: Int, granularity: Granularity, heldDays: [String: Set<CivilDate>]) -> [ComplianceRow] {
        var rows: [ComplianceRow] = []
        for leader in leaders {
            for (label, months) in Self.periods(year: year, granularity) {
                let first = CivilDate(year: year, month: months.lowerBound, day: 1)!
                let last = CivilDate(year: year, month: months.upperBound, day: 1)!.adding(days: 40).firstOfMonth.adding(days: -1)
                var required: Int?
                var basis: String?
                for month in months {
                    let start = CivilDate(year: year, month: month, day: 1)!
                    guard let role = leader.role, let minimum = minimums.first(where: { $0.role == role && $0.inForce(on: start) }) else { continue }
                    required = (required ?? 0) + Self.required(minimum, in: start)
                    basis = minimum.basis
                }
                let held = heldDays[leader.id, default: []].filter { $0 >= first && $0 <= last }.count
                rows.append(
                    ComplianceRow(
                        leaderID: leader.id,
                        leaderName: "\(leader.title) \(leader.name)",
                        role: leader.role,
                        period: label,
                        required: required,
                        held: held,
                        basis: basis
                    )
                )
            }
        }
        return rows
    }

    /// Days `minimum` requires in the month starting `start`: per month as stated; per week, one
    /// for each week whose Monday falls in the month.
    static func required(_ minimum: ReceptionMinimum, in start: CivilDate) -> Int {
        switch minimum.period {
        case .month:
            return minimum.days
        case .week:
            var mondays = 0
            var day = start
            while day.month == start.month {
                if day.weekday == 1 { mondays += 1 }
                day = day.adding(days: 1)
            }
            return mondays * minimum.days
        }
    }

    static func periods(year: Int, _ granularity: Granularity) -> [(String, ClosedRange<Int>)] {
        switch granularity {
        case .month: return (1...12).map { (String(format: "%04d-%02d", year, $0), $0...$0) }
        case .quarter: return (1...4).map { ("\(year)-Q\($0)", ($0 - 1) * 3 + 1...$0 * 3) }
        }
    }
}

extension CivilDate {
    /// The first day of this date's month.
    var firstOfMonth: CivilDate { CivilDate(year: year, month: month, day: 1)! }
}
