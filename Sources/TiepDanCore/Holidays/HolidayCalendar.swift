/// The official calendar of days off and working days, and working-day arithmetic.
///
/// Built from the holiday rules (fixed and lunar dates, with the law's weekend moves) and
/// the yearly notices (announced bridges and the Saturdays worked for them).
public struct HolidayCalendar: Sendable {
    private let daysOff: [Int: Holiday]
    private let workingWeekendDays: Set<Int>
    /// The years the calendar covers; outside them only weekends are days off.
    public let years: ClosedRange<Int>

    /// Computes every day off in `years`.
    public init(
        rules: [HolidayRule],
        notices: [YearHolidayNotice],
        years: ClosedRange<Int>,
        lunar: VietnameseLunarCalendar = VietnameseLunarCalendar()
    ) {
        var daysOff: [Int: Holiday] = [:]
        var working = Set<Int>()
        for notice in notices where years.contains(notice.year) {
            working.formUnion(notice.workingDays.map(\.julianDay))
        }
        for year in years {
            Self.add(year: year, rules: rules, lunar: lunar, into: &daysOff)
            for notice in notices where notice.year == year {
                for day in notice.daysOff where daysOff[day.date.julianDay] == nil {
                    daysOff[day.date.julianDay] = Holiday(date: day.date, name: day.name, nameEnglish: "Announced day off", source: "notice")
                }
            }
        }
        self.daysOff = daysOff
        self.workingWeekendDays = working
        self.years = years
    }

    /// The holiday or announced day off on `date`, if any.
    public func holiday(on date: CivilDate) -> Holiday? {
        daysOff[date.julianDay]
    }

    /// Every holiday and announced day off in `year`, in date order.
    public func holidays(in year: Int) -> [Holiday] {
        let first = CivilDate(year, 1, 1).julianDay
        let last = CivilDate(year, 12, 31).julianDay
        return (first...last).compactMap { daysOff[$0] }
    }

    /// Whether offices work on `date`: a weekday that is not off, or a Saturday or Sunday worked by notice.
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        if workingWeekendDays.contains(date.julianDay) { return true }
        return date.weekday <= 5 && daysOff[date.julianDay] == nil
    }

    /// The first working day on or after `date`.
    public func workingDay(onOrAfter date: CivilDate) -> CivilDate {
        var day = date
        while !isWorkingDay(day) { day = day.adding(days: 1) }
        return day
    }

    /// The last working day on or before `date`.
    public func workingDay(onOrBefore date: CivilDate) -> CivilDate {
        var day = date
        while !isWorkingDay(day) { day = day.adding(days: -1) }
        return day
    }

    /// The `count`-th working day after `date` ("within 10 working days": the day itself does not count).
    public func adding(workingDays count: Int, to date: CivilDate) -> CivilDate {
        precondition(count >= 0, "count working days forward only")
        var day = date
        var remaining = count
        while remaining > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { remaining -= 1 }
        }
        return day
    }

    /// Working days after `start` up to and including `end` (0 when `end` is not later).
    public func workingDays(after start: CivilDate, through end: CivilDate) -> Int {
        guard end > start else { return 0 }
        return (start.julianDay + 1...end.julianDay).count { isWorkingDay(CivilDate(julianDay: $0)) }
    }

    private static func add(
        year: Int,
        rules: [HolidayRule],
        lunar: VietnameseLunarCalendar,
        into daysOff: inout [Int: Holiday]
    ) {
        var base: [(date: CivilDate, rule: HolidayRule)] = []
        for rule in rules where rule.applies(in: year) {
            let anchor: CivilDate?
            switch rule.anchor {
            case .solar(let month, let day): anchor = CivilDate(year: year, month: month, day: day)
            case .lunar(let month, let day): anchor = lunar.solar(from: LunarDate(year: year, month: month, day: day))
            }
            guard let anchor else { continue }
            for offset in rule.offsets {
                let date = anchor.adding(days: offset)
                base.append((date, rule))
                daysOff[date.julianDay] =
                    daysOff[date.julianDay] ?? Holiday(date: date, name: rule.name, nameEnglish: rule.nameEnglish, source: rule.id)
            }
            if let extra = rule.adjacentByWeekday[anchor.weekday] {
                let date = anchor.adding(days: extra)
                daysOff[date.julianDay] =
                    daysOff[date.julianDay] ?? Holiday(date: date, name: rule.name, nameEnglish: rule.nameEnglish, source: rule.id)
            }
        }
        // A holiday on a weekend day is taken on a working day instead (Labour Code 2019, Art. 112(3)).
        for (date, rule) in base.sorted(by: { $0.date < $1.date }) {
            let move = date.weekday == 6 ? rule.saturday : date.weekday == 7 ? rule.sunday : .none
            guard move != .none else { continue }
            let step = move == .nextWorkingDay ? 1 : -1
            var day = date.adding(days: step)
            while day.year == year, day.weekday > 5 || daysOff[day.julianDay] != nil {
                day = day.adding(days: step)
            }
            guard day.year == year else { continue }
            daysOff[day.julianDay] = Holiday(date: day, name: "\(rule.name) (nghỉ bù)", nameEnglish: "\(rule.nameEnglish) (in lieu)", source: rule.id)
        }
    }
}
