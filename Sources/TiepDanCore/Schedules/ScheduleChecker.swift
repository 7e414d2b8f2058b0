import Foundation

/// What `tiepdan schedules check` finds beyond single-file reading: exceptions on days with no
/// session, a leader or place booked twice at once, and leaders below their legal minimum.
public struct ScheduleChecker: Sendable {
    let set: ScheduleSet
    let minimums: [ReceptionMinimum]
    let minimumProblems: [ScheduleProblem]

    /// A checker for `set`, with the legal minimums of `directory/legal/`.
    public init(set: ScheduleSet, directory: String) {
        self.set = set
        let loaded = ReceptionMinimum.load(directory: directory)
        minimums = loaded.minimums
        // The retention file lives beside the minimums, and is checked with them.
        minimumProblems = loaded.problems + RetentionRule.load(directory: directory).problems
    }

    /// Every problem: the set's own, then those found over `days` days from `from`.
    public func problems(from: CivilDate, days: Int = 365) -> [ScheduleProblem] {
        let through = from.adding(days: days - 1)
        let expander = ScheduleExpander(holidays: set.holidays)
        var problems = set.problems + minimumProblems
        for schedule in set.schedules {
            let sessions = expander.sessions(of: [schedule], from: from, through: through).filter { $0.status == .scheduled }
            problems += exceptionsOffRule(schedule)
            problems += doubleBookings(schedule, sessions: sessions)
            problems += belowMinimum(schedule, sessions: sessions, from: from, through: through)
        }
        return problems.sorted()
    }

    private func exceptionsOffRule(_ schedule: OrganisationSchedule) -> [ScheduleProblem] {
        schedule.exceptions.compactMap { exception in
            guard let rule = schedule.rules.first(where: { $0.id == exception.ruleID }) else { return nil }
            let candidates = rule.rule.occurrences(start: rule.start, through: exception.date)
            guard candidates.last != exception.date else { return nil }
            return ScheduleProblem(
                file: schedule.file,
                line: exception.line,
                column: exception.column,
                message: "no session of '\(rule.id)' falls on \(exception.date); exceptions name a day the rule produces"
            )
        }
    }

    private func doubleBookings(_ schedule: OrganisationSchedule, sessions: [PlannedSession]) -> [ScheduleProblem] {
        var reported = Set<String>()
        var problems: [ScheduleProblem] = []
        func report(_ first: PlannedSession, _ second: PlannedSession, what: String) {
            let pair = [first.ruleID, second.ruleID].sorted().joined(separator: "|") + what
            guard first.ruleID != second.ruleID, reported.insert(pair).inserted,
                let rule = schedule.rules.first(where: { $0.id == second.ruleID })
            else { return }
            let day = ScheduleExpander.localDay(of: second.startsAt, in: schedule.organisation.zone)
            problems.append(
                ScheduleProblem(
                    file: schedule.file,
                    line: rule.line,
                    column: rule.column,
                    message: "'\(second.ruleID)' and '\(first.ruleID)' book \(what) at the same time on \(day)"
                )
            )
        }
        for leader in schedule.leaders {
            let own = sessions.filter { $0.leaderIDs.contains(leader.id) }
            for (index, session) in own.enumerated() {
                for later in own[(index + 1)...] where later.startsAt < session.endsAt {
                    report(session, later, what: "leader '\(leader.id)'")
                }
            }
        }
        for place in schedule.places {
            let here = sessions.filter { $0.placeID == place.id }
            for (index, session) in here.enumerated() {
                let overlapping = here[(index + 1)...].filter { $0.startsAt < session.endsAt }
                if overlapping.count >= place.capacity, let later = overlapping.last {
                    report(session, later, what: "place '\(place.id)' (capacity \(place.capacity))")
                }
            }
        }
        return problems
    }

    private func belowMinimum(
        _ schedule: OrganisationSchedule,
        sessions: [PlannedSession],
        from: CivilDate,
        through: CivilDate
    ) -> [ScheduleProblem] {
        let zone = schedule.organisation.zone
        var problems: [ScheduleProblem] = []
        for leader in schedule.leaders {
            guard let role = leader.role else { continue }
            let days = Set(
                sessions.filter { $0.kind == .reception && $0.leaderIDs.contains(leader.id) }
                    .map { ScheduleExpander.localDay(of: $0.startsAt, in: zone) }
            )
            for minimum in minimums where minimum.role == role {
                if let shortfall = firstShortPeriod(minimum, days: days, from: max(from, leader.since ?? from), through: through) {
                    problems.append(
                        ScheduleProblem(
                            file: schedule.file,
                            line: schedule.leaderLines[leader.id] ?? 1,
                            column: 1,
                            message:
                                "leader '\(leader.id)' (\(role)) has \(shortfall.count) reception day(s) in the \(minimum.period.rawValue) of \(shortfall.start), below the minimum of \(minimum.days) per \(minimum.period.rawValue) (\(minimum.basis))",
                            severity: .warning
                        )
                    )
                }
            }
        }
        return problems
    }

    /// The first whole period in force within the range that has too few reception days.
    private func firstShortPeriod(
        _ minimum: ReceptionMinimum,
        days: Set<CivilDate>,
        from: CivilDate,
        through: CivilDate
    ) -> (start: CivilDate, count: Int)? {
        var start = minimum.period == .week ? from.adding(days: (8 - from.weekday) % 7) : (from.day == 1 ? from : firstOfNextMonth(from))
        while true {
            let end = minimum.period == .week ? start.adding(days: 6) : CivilDate(start.year, start.month, start.daysInMonth)
            guard end <= through else { return nil }
            // A holiday moves sessions to the next working day, which the law allows; such a
            // period is not counted short.
            let hasHoliday = (start.julianDay...end.julianDay).contains { set.holidays.holiday(on: CivilDate(julianDay: $0)) != nil }
            if minimum.inForce(on: start) && !hasHoliday {
                let count = days.count { $0 >= start && $0 <= end }
                if count < minimum.days { return (start, count) }
            }
            start = end.adding(days: 1)
        }
    }

    private func firstOfNextMonth(_ day: CivilDate) -> CivilDate {
        day.month == 12 ? CivilDate(day.year + 1, 1, 1) : CivilDate(day.year, day.month + 1, 1)
    }
}
