import Foundation

/// Turns schedule rules into the sessions of a date range, in each organisation's time zone.
public struct ScheduleExpander: Sendable {
    let holidays: HolidayCalendar

    /// An expander against the official calendar.
    public init(holidays: HolidayCalendar) {
        self.holidays = holidays
    }

    /// Every session of `schedules` whose day falls in `from...through` (inclusive, local days), by start.
    public func sessions(of schedules: [OrganisationSchedule], from: CivilDate, through: CivilDate) -> [PlannedSession] {
        var all = schedules.parallelMap { schedule in
            schedule.rules.flatMap { sessions(of: $0, in: schedule, from: from, through: through) }
        }.flatMap { $0 }
        // In place, so the large values are moved rather than copied; thousands of sessions
        // start at the same 07:30, so ids are compared only among those ties.
        all.sort { $0.startsAt != $1.startsAt ? $0.startsAt < $1.startsAt : $0.id < $1.id }
        return all
    }

    /// The sessions of one rule in the range.
    public func sessions(of rule: RecurringSession, in schedule: OrganisationSchedule, from: CivilDate, through: CivilDate) -> [PlannedSession] {
        let zone = schedule.organisation.clock
        // Look a little beyond the range: a holiday or an exception may move a session into it.
        let candidates = rule.rule.occurrences(start: rule.start, through: through.adding(days: 14))
        let candidateDays = Set(candidates)
        var result: [PlannedSession] = []
        for candidate in candidates where candidate >= from.adding(days: -14) {
            guard var session = planned(rule, candidate: candidate, schedule: schedule, zone: zone) else { continue }
            // A holiday move onto a day the rule already holds merges into that session
            // (a weekly session after a week-long Tết break is held once, not twice).
            if session.movedFrom != nil, candidateDays.contains(zone.day(of: session.startsAt)) {
                continue
            }
            if let exception = schedule.exceptions.first(where: { $0.ruleID == rule.id && $0.date == candidate }) {
                session.reason = exception.reason
                switch exception.action {
                case .cancel:
                    session.status = .cancelled
                case .move(let instant):
                    let length = session.endsAt.timeIntervalSince(session.startsAt)
                    session.startsAt = instant
                    session.endsAt = instant.addingTimeInterval(length)
                    session.movedFrom = candidate
                }
            }
            let day = zone.day(of: session.startsAt)
            if day >= from && day <= through {
                if let close = rule.questionsClose {
                    session.questionsCloseAt = session.startsAt.addingTimeInterval(-Double(close.totalSeconds))
                }
                result.append(session)
            }
        }
        return result
    }

    private func planned(_ rule: RecurringSession, candidate: CivilDate, schedule: OrganisationSchedule, zone: ZoneClock) -> PlannedSession? {
        var day = candidate
        var reason: String?
        if let holiday = holidays.holiday(on: candidate) {
            switch rule.onHoliday {
            case .skip: return nil
            case .nextWorkingDay: day = holidays.workingDay(onOrAfter: candidate)
            case .previousWorkingDay: day = holidays.workingDay(onOrBefore: candidate)
            }
            reason = holiday.name
        }
        let place = schedule.places.first { $0.id == rule.placeID }
        return PlannedSession(
            id: schedule.organisation.id + "." + rule.id + "." + candidate.compact,
            ruleID: rule.id,
            organisationID: schedule.organisation.id,
            kind: rule.kind,
            title: rule.title,
            leaderIDs: rule.leaderIDs,
            placeID: rule.placeID,
            location: place?.name ?? rule.station ?? "",
            startsAt: zone.instant(day, minutes: rule.hours.start),
            endsAt: zone.instant(day, minutes: rule.hours.end),
            status: .scheduled,
            movedFrom: day == candidate ? nil : candidate,
            reason: reason,
            topics: rule.topics,
            slotMinutes: rule.slotMinutes,
            slotCapacity: rule.slotCapacity,
            questionsCloseAt: nil,
            mode: rule.mode,
            joinURL: rule.joinURL
        )
    }

    /// The instant of a local wall-clock time on `day` in `zone`.
    public static func instant(_ day: CivilDate, minutes: Int, in zone: TimeZone) -> Date {
        LocalTime.instant(day, minutes: minutes, in: zone)
    }

    /// The local day of an instant in `zone`.
    public static func localDay(of instant: Date, in zone: TimeZone) -> CivilDate {
        LocalTime.day(of: instant, in: zone)
    }
}
