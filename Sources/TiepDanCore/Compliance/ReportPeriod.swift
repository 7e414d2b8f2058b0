import Foundation

/// A period of the periodic report on citizen reception: a quarter (`2026-Q3`), the first six months (`2026-H1`), the
/// first nine (`2026-9M`) or the year (`2026`), its days counted with the reporting rule's cut-off day.
public struct ReportPeriod: Sendable, Equatable {
    public var year: Int
    /// The period's first and last calendar months (1–12).
    public var firstMonth: Int
    public var lastMonth: Int
    /// As written: `2026-Q3`.
    public var text: String

    /// Parses `2026-Q3`, `2026-H1`, `2026-9M` or `2026`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.uppercased().split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let year = Int(first), (2000...2100).contains(year), parts.count <= 2 else { return nil }
        self.year = year
        self.text = text.uppercased()
        switch parts.count == 2 ? String(parts[1]) : "" {
        case "": (firstMonth, lastMonth) = (1, 12)
        case "Q1": (firstMonth, lastMonth) = (1, 3)
        case "Q2": (firstMonth, lastMonth) = (4, 6)
        case "Q3": (firstMonth, lastMonth) = (7, 9)
        case "Q4": (firstMonth, lastMonth) = (10, 12)
        case "H1": (firstMonth, lastMonth) = (1, 6)
        case "9M": (firstMonth, lastMonth) = (1, 9)
        default: return nil
        }
    }

    /// The period's first and last days under `cutOffDay`: from that day of the month before the first month through
    /// the day before it in the last month (15 → quarter III is 15 June to 14 September); 1 keeps calendar months.
    public func days(cutOffDay: Int) -> (first: CivilDate, last: CivilDate) {
        if cutOffDay <= 1 {
            let next = lastMonth == 12 ? CivilDate(year + 1, 1, 1) : CivilDate(year, lastMonth + 1, 1)
            return (CivilDate(year, firstMonth, 1), next.adding(days: -1))
        }
        let before = firstMonth == 1 ? CivilDate(year - 1, 12, cutOffDay) : CivilDate(year, firstMonth - 1, cutOffDay)
        return (before, CivilDate(year, lastMonth, cutOffDay - 1))
    }

    /// The period as a report's title says it: "quý III năm 2026", "6 tháng đầu năm 2026", "năm 2026".
    public var label: String {
        switch (firstMonth, lastMonth) {
        case (1, 12): "năm \(year)"
        case (1, 6): "6 tháng đầu năm \(year)"
        case (1, 9): "9 tháng đầu năm \(year)"
        default: "quý \(["I", "II", "III", "IV"][(lastMonth - 1) / 3]) năm \(year)"
        }
    }

    /// The calendar months of the period.
    public var months: Int { lastMonth - firstMonth + 1 }
}
