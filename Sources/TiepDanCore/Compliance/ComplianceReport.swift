/// The reception compliance report: for each leader and month or quarter, the days of reception the legal minimum for
/// the leader's role requires, against the days a session the leader received at was marked held. Only days that have
/// passed are counted, so a month still ahead is never a shortfall. Each month is judged by the minimum in force on its
/// first day, so a year that changes rule (the commune chairman's weekly day until June 2026, two days a month from
/// July) is judged by each in turn.
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

    /// The rows for `leaders` over `year` as they stand on `today` (the organisation's local day); `days` gives each
    /// leader's planned and held days.
    public func rows(
        leaders: [Leader],
        year: Int,
        granularity: Granularity,
        days: [String: ReceptionDays],
        today: CivilDate
    ) -> [ComplianceRow] {
        var rows: [ComplianceRow] = []
        for leader in leaders {
            let own = days[leader.id, default: ReceptionDays()]
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
                // Today's session may still be under way: only days before today can be left unrecorded.
                let held = own.held.filter { $0 >= first && $0 <= last && $0 <= today }
                let delegated = own.delegated.filter { $0 >= first && $0 <= last && $0 <= today && !held.contains($0) }
                let unrecorded = own.planned.filter {
                    $0 >= first && $0 <= last && $0 < today && !held.contains($0) && !delegated.contains($0)
                }
                let status: ComplianceStatus =
                    today < first ? .ahead : today <= last ? .inProgress : held.count >= (required ?? 0) ? .met : .short
                let ended = status == .met || status == .short
                rows.append(
                    ComplianceRow(
                        leaderID: leader.id,
                        leaderName: "\(leader.title) \(leader.name)",
                        role: leader.role,
                        period: label,
                        required: required,
                        planned: own.planned.filter { $0 >= first && $0 <= last }.count,
                        held: held.count,
                        unrecorded: unrecorded.count,
                        delegated: delegated.count,
                        missed: ended ? max(0, (required ?? 0) - held.count - unrecorded.count) : nil,
                        status: status,
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
