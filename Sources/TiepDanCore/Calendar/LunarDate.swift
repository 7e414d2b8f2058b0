/// A day on the Vietnamese lunisolar calendar (âm lịch).
public struct LunarDate: Hashable, Sendable, CustomStringConvertible {
    /// The lunar year (the one Tết opens).
    public let year: Int
    /// The month, 1-12.
    public let month: Int
    /// The day of the month, 1-30.
    public let day: Int
    /// Whether this is the intercalary (nhuận) repeat of `month`.
    public let isLeapMonth: Bool

    /// Creates a lunar date; it is not checked against the calendar (see `VietnameseLunarCalendar`).
    public init(year: Int, month: Int, day: Int, isLeapMonth: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.isLeapMonth = isLeapMonth
    }

    /// `2026-03-10` or `2025-06L-01` for a leap month.
    public var description: String {
        let base = "\(year)-" + (month < 10 ? "0" : "") + "\(month)"
        return base + (isLeapMonth ? "L" : "") + "-" + (day < 10 ? "0" : "") + "\(day)"
    }
}
