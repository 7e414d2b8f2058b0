import Foundation

/// Conversion between Gregorian and Vietnamese lunar dates.
///
/// New moons and solar terms are computed astronomically (Hồ Ngọc Đức's method, after
/// Meeus) at the Vietnamese meridian, UTC+7. The Chinese calendar uses UTC+8, which moves a
/// new moon across midnight in some years (Tết differs in 1985, 2007, 2030...), so
/// Foundation's `.chinese` calendar is not a substitute.
public struct VietnameseLunarCalendar: Sendable {
    /// Hours east of UTC at which days begin; 7 for Vietnam.
    public let timeZoneHours: Double

    /// The calendar at `timeZoneHours` (Vietnam by default).
    public init(timeZoneHours: Double = 7) {
        self.timeZoneHours = timeZoneHours
    }

    /// The lunar date of a Gregorian date.
    public func lunar(from date: CivilDate) -> LunarDate {
        let dayNumber = date.julianDay
        let k = Int(floor((Double(dayNumber) - 2_415_021.076998695) / 29.530588853))
        // The month is the one begun by the latest new moon on or before the day; the
        // estimate k can be one lunation off either way near month boundaries.
        var moonIndex = k + 1
        var monthStart = newMoonDay(moonIndex)
        while monthStart > dayNumber {
            moonIndex -= 1
            monthStart = newMoonDay(moonIndex)
        }
        while newMoonDay(moonIndex + 1) <= dayNumber {
            moonIndex += 1
            monthStart = newMoonDay(moonIndex)
        }
        var a11 = lunarMonth11(date.year)
        var b11 = a11
        var lunarYear: Int
        if a11 >= monthStart {
            lunarYear = date.year
            a11 = lunarMonth11(date.year - 1)
        } else {
            lunarYear = date.year + 1
            b11 = lunarMonth11(date.year + 1)
        }
        let lunarDay = dayNumber - monthStart + 1
        let diff = Int(floor(Double(monthStart - a11) / 29))
        var isLeap = false
        var lunarMonth = diff + 11
        if b11 - a11 > 365 {
            let leapMonthDiff = leapMonthOffset(a11)
            if diff >= leapMonthDiff {
                lunarMonth = diff + 10
                isLeap = diff == leapMonthDiff
            }
        }
        if lunarMonth > 12 {
            lunarMonth -= 12
        }
        if lunarMonth >= 11 && diff < 4 {
            lunarYear -= 1
        }
        return LunarDate(year: lunarYear, month: lunarMonth, day: lunarDay, isLeapMonth: isLeap)
    }

    /// The Gregorian date of a lunar date, or nil when it does not exist (a leap month that
    /// year does not have, or day 30 of a 29-day month).
    public func solar(from lunar: LunarDate) -> CivilDate? {
        guard (1...12).contains(lunar.month), (1...30).contains(lunar.day) else { return nil }
        let a11: Int
        let b11: Int
        if lunar.month < 11 {
            a11 = lunarMonth11(lunar.year - 1)
            b11 = lunarMonth11(lunar.year)
        } else {
            a11 = lunarMonth11(lunar.year)
            b11 = lunarMonth11(lunar.year + 1)
        }
        let k = Int(floor(0.5 + (Double(a11) - 2_415_021.076998695) / 29.530588853))
        var offset = lunar.month - 11
        if offset < 0 {
            offset += 12
        }
        if b11 - a11 > 365 {
            let leapOffset = leapMonthOffset(a11)
            var leapMonth = leapOffset - 2
            if leapMonth < 0 {
                leapMonth += 12
            }
            if lunar.isLeapMonth && lunar.month != leapMonth {
                return nil
            } else if lunar.isLeapMonth || offset >= leapOffset {
                offset += 1
            }
        } else if lunar.isLeapMonth {
            return nil
        }
        let monthStart = newMoonDay(k + offset)
        let date = CivilDate(julianDay: monthStart + lunar.day - 1)
        // Day 30 of a 29-day month would spill into the next month.
        return self.lunar(from: date) == lunar ? date : nil
    }

    // MARK: Astronomy

    /// Julian day (fractional) of the k-th new moon after 1900-01-01.
    private func newMoon(_ k: Int) -> Double {
        let k = Double(k)
        let t = k / 1236.85
        let t2 = t * t
        let t3 = t2 * t
        let dr = Double.pi / 180
        var jd1 = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        jd1 += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
        let m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
        let mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
        let f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
        var c1 = (0.1734 - 0.000393 * t) * sin(m * dr) + 0.0021 * sin(2 * dr * m)
        c1 = c1 - 0.4068 * sin(mpr * dr) + 0.0161 * sin(dr * 2 * mpr)
        c1 = c1 - 0.0004 * sin(dr * 3 * mpr)
        c1 = c1 + 0.0104 * sin(dr * 2 * f) - 0.0051 * sin(dr * (m + mpr))
        c1 = c1 - 0.0074 * sin(dr * (m - mpr)) + 0.0004 * sin(dr * (2 * f + m))
        c1 = c1 - 0.0004 * sin(dr * (2 * f - m)) - 0.0006 * sin(dr * (2 * f + mpr))
        c1 = c1 + 0.0010 * sin(dr * (2 * f - mpr)) + 0.0005 * sin(dr * (2 * mpr + m))
        let deltaT =
            t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2
        return jd1 + c1 - deltaT
    }

    /// The sun's ecliptic longitude in radians at a Julian day.
    private func sunLongitude(_ jdn: Double) -> Double {
        let t = (jdn - 2_451_545.0) / 36525
        let t2 = t * t
        let dr = Double.pi / 180
        let m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
        let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(dr * m)
        dl = dl + (0.019993 - 0.000101 * t) * sin(dr * 2 * m) + 0.000290 * sin(dr * 3 * m)
        var l = (l0 + dl) * dr
        l = l - Double.pi * 2 * floor(l / (Double.pi * 2))
        return l
    }

    /// The local day on which the k-th new moon falls.
    private func newMoonDay(_ k: Int) -> Int {
        Int(floor(newMoon(k) + 0.5 + timeZoneHours / 24))
    }

    /// Which of the 12 solar-term sectors (0-11) the sun is in at the start of a local day.
    private func sunSector(_ dayNumber: Int) -> Int {
        Int(floor(sunLongitude(Double(dayNumber) - 0.5 - timeZoneHours / 24) / Double.pi * 6))
    }

    /// The first day of the 11th lunar month (the one holding the winter solstice) of `year`.
    private func lunarMonth11(_ year: Int) -> Int {
        let offset = CivilDate(year, 12, 31).julianDay - 2_415_021
        let k = Int(floor(Double(offset) / 29.530588853))
        var newMoonDay = newMoonDay(k)
        if sunSector(newMoonDay) >= 9 {
            newMoonDay = self.newMoonDay(k - 1)
        }
        return newMoonDay
    }

    /// Months after month 11 at which the leap month (the first with no solar term) falls.
    private func leapMonthOffset(_ a11: Int) -> Int {
        let k = Int(floor((Double(a11) - 2_415_021.076998695) / 29.530588853 + 0.5))
        var last = 0
        var index = 1
        var arc = sunSector(newMoonDay(k + index))
        repeat {
            last = arc
            index += 1
            arc = sunSector(newMoonDay(k + index))
        } while arc != last && index < 14
        return index - 1
    }
}
