/// One public holiday as the law defines it (schedules/holidays/rules.yaml).
public struct HolidayRule: Sendable, Equatable {
    /// Where a holiday that falls on a weekend day is taken instead.
    public enum WeekendMove: String, Sendable {
        /// The next working day that is not already off (nghỉ bù).
        case nextWorkingDay = "next_working_day"
        /// The working day before it that is not already off.
        case previousWorkingDay = "previous_working_day"
        /// Not taken again.
        case none
    }

    /// How the holiday's date is fixed.
    public enum Anchor: Sendable, Equatable {
        /// A Gregorian month and day.
        case solar(month: Int, day: Int)
        /// A lunar month and day.
        case lunar(month: Int, day: Int)
    }

    /// Stable identifier, e.g. `tet-nguyen-dan`.
    public var id: String
    /// The Vietnamese name.
    public var name: String
    /// The English name.
    public var nameEnglish: String
    /// The anchor day.
    public var anchor: Anchor
    /// Days off relative to the anchor, e.g. -1...3 for Tết (eve to the 4th day).
    public var offsets: [Int]
    /// Extra adjacent day by the anchor's ISO weekday (1 Monday ... 7 Sunday), e.g. 2/9's second day.
    public var adjacentByWeekday: [Int: Int]
    /// Where days on a Saturday go.
    public var saturday: WeekendMove
    /// Where days on a Sunday go.
    public var sunday: WeekendMove
    /// First year the rule applies.
    public var fromYear: Int
    /// Last year the rule applies, if it was replaced.
    public var toYear: Int?
    /// The legal basis, shown with the holiday.
    public var basis: String

    /// Whether the rule is in force in `year`.
    public func applies(in year: Int) -> Bool {
        year >= fromYear && year <= (toYear ?? Int.max)
    }
}
