/// The Government's announcement for one year (schedules/holidays/YEAR.yaml): days off it
/// adds to bridge holidays, and the weekend days worked in exchange.
public struct YearHolidayNotice: Sendable, Equatable {
    /// An announced day off.
    public struct DayOff: Sendable, Equatable {
        /// The day.
        public var date: CivilDate
        /// Why, in Vietnamese.
        public var name: String

        /// Creates a day off.
        public init(date: CivilDate, name: String) {
            self.date = date
            self.name = name
        }
    }

    /// The year.
    public var year: Int
    /// The notice that announced it, e.g. `Thông báo 6150/TB-BLĐTBXH`.
    public var basis: String
    /// Extra days off.
    public var daysOff: [DayOff]
    /// Weekend days that are working days this year (làm bù).
    public var workingDays: [CivilDate]

    /// Creates a year's notice.
    public init(year: Int, basis: String, daysOff: [DayOff], workingDays: [CivilDate] = []) {
        self.year = year
        self.basis = basis
        self.daysOff = daysOff
        self.workingDays = workingDays
    }
}
