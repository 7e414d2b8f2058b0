extension RecurrenceRule {
    /// The occurrences of this rule starting at `start` (DTSTART) that fall on or before `last`.
    ///
    /// Semantics follow python-dateutil's `rrule`, the reference the tests compare with:
    /// DTSTART counts only when it matches the rule; without BYDAY/BYMONTHDAY the start
    /// date supplies the weekday (WEEKLY), day of month (MONTHLY) or date (YEARLY); BYSETPOS
    /// picks within each period; ordinal BYDAY counts within the month (MONTHLY, or YEARLY
    /// with BYMONTH) or the year, and is a plain weekday for WEEKLY and DAILY.
    public func occurrences(start: CivilDate, through last: CivilDate) -> [CivilDate] {
        let filter = DayFilter(rule: self, start: start)
        let end = min(last, until ?? last)
        var remaining = count ?? Int.max
        var results: [CivilDate] = []
        var next: CivilDate? = firstPeriodStart(start)
        while let periodStart = next, periodStart <= end {
            let days = filter.select(in: periodDays(periodStart, start: start))
            for day in days where day >= start {
                guard day <= end else { return results }
                results.append(day)
                remaining -= 1
                if remaining == 0 { return results }
            }
            next = nextPeriodStart(periodStart)
        }
        return results
    }

    private func firstPeriodStart(_ start: CivilDate) -> CivilDate {
        switch frequency {
        case .daily: start
        case .weekly: start.adding(days: -((start.weekday - weekStart + 7) % 7))
        case .monthly: CivilDate(start.year, start.month, 1)
        case .yearly: CivilDate(start.year, 1, 1)
        }
    }

    /// The next period's first day, or nil near the calendar's end (year 9999).
    private func nextPeriodStart(_ current: CivilDate) -> CivilDate? {
        guard current.year + (frequency == .yearly ? interval : 3) < 9999 else { return nil }
        switch frequency {
        case .daily:
            return current.adding(days: interval)
        case .weekly:
            return current.adding(days: 7 * interval)
        case .monthly:
            let months = current.year * 12 + current.month - 1 + interval
            return CivilDate(months / 12, months % 12 + 1, 1)
        case .yearly:
            return CivilDate(current.year + interval, 1, 1)
        }
    }

    /// Every day of the period beginning at `periodStart`; the first week begins at DTSTART, as in dateutil.
    private func periodDays(_ periodStart: CivilDate, start: CivilDate) -> [CivilDate] {
        let first = frequency == .weekly ? max(periodStart, start) : periodStart
        let length: Int
        switch frequency {
        case .daily: length = 1
        case .weekly: length = periodStart.days(until: periodStart.adding(days: 7))
        case .monthly: length = periodStart.daysInMonth
        case .yearly: length = CivilDate.isLeap(periodStart.year) ? 366 : 365
        }
        let stop = periodStart.julianDay + length
        return (first.julianDay..<stop).map(CivilDate.init(julianDay:))
    }
}

/// The BYxxx filters of one rule, with dateutil's defaults applied.
private struct DayFilter {
    let frequency: RecurrenceFrequency
    let byMonth: Set<Int>
    let plainWeekdays: Set<Int>
    let ordinalWeekdays: [WeekdayOrdinal]
    let positiveMonthDays: Set<Int>
    let negativeMonthDays: Set<Int>
    let setPositions: [Int]

    init(rule: RecurrenceRule, start: CivilDate) {
        var byMonth = rule.byMonth
        var byMonthDay = rule.byMonthDay
        var byDay = rule.byDay
        if rule.byDay.isEmpty && rule.byMonthDay.isEmpty {
            switch rule.frequency {
            case .yearly:
                if byMonth.isEmpty { byMonth = [start.month] }
                byMonthDay = [start.day]
            case .monthly:
                byMonthDay = [start.day]
            case .weekly:
                byDay = [WeekdayOrdinal(weekday: start.weekday)]
            case .daily:
                break
            }
        }
        let ordinalsCount = rule.frequency == .monthly || rule.frequency == .yearly
        self.frequency = rule.frequency
        self.byMonth = Set(byMonth)
        self.plainWeekdays = Set(byDay.filter { $0.ordinal == nil || !ordinalsCount }.map(\.weekday))
        self.ordinalWeekdays = ordinalsCount ? byDay.filter { $0.ordinal != nil } : []
        self.positiveMonthDays = Set(byMonthDay.filter { $0 > 0 })
        self.negativeMonthDays = Set(byMonthDay.filter { $0 < 0 })
        self.setPositions = rule.bySetPosition
    }

    /// The period's days that pass every filter, then BYSETPOS.
    func select(in days: [CivilDate]) -> [CivilDate] {
        guard let first = days.first else { return [] }
        let ordinalDays = ordinalWeekdays.isEmpty ? [] : ordinalMatches(around: first)
        let matching = days.filter { day in
            if !byMonth.isEmpty && !byMonth.contains(day.month) { return false }
            if !plainWeekdays.isEmpty && !plainWeekdays.contains(day.weekday) { return false }
            if !ordinalWeekdays.isEmpty && !ordinalDays.contains(day.julianDay) { return false }
            if !positiveMonthDays.isEmpty || !negativeMonthDays.isEmpty {
                let fromEnd = day.day - day.daysInMonth - 1
                if !positiveMonthDays.contains(day.day) && !negativeMonthDays.contains(fromEnd) { return false }
            }
            return true
        }
        guard !setPositions.isEmpty else { return matching }
        var picked = Set<Int>()
        for position in setPositions {
            let index = position > 0 ? position - 1 : matching.count + position
            if matching.indices.contains(index) { picked.insert(matching[index].julianDay) }
        }
        return picked.sorted().map(CivilDate.init(julianDay:))
    }

    /// Julian days of the n-th weekdays, counted in the month, the BYMONTH months, or the year.
    private func ordinalMatches(around day: CivilDate) -> Set<Int> {
        var ranges: [(CivilDate, CivilDate)] = []
        if frequency == .monthly {
            ranges = [monthRange(day.year, day.month)]
        } else if byMonth.isEmpty {
            ranges = [(CivilDate(day.year, 1, 1), CivilDate(day.year, 12, 31))]
        } else {
            ranges = byMonth.sorted().map { monthRange(day.year, $0) }
        }
        var matches = Set<Int>()
        for (first, last) in ranges {
            for entry in ordinalWeekdays {
                let n = entry.ordinal!
                let candidate =
                    n > 0
                    ? first.julianDay + (n - 1) * 7 + (entry.weekday - first.weekday + 7) % 7
                    : last.julianDay + (n + 1) * 7 - (last.weekday - entry.weekday + 7) % 7
                if candidate >= first.julianDay && candidate <= last.julianDay { matches.insert(candidate) }
            }
        }
        return matches
    }

    private func monthRange(_ year: Int, _ month: Int) -> (CivilDate, CivilDate) {
        (CivilDate(year, month, 1), CivilDate(year, month, CivilDate.daysIn(month: month, year: year)))
    }
}
