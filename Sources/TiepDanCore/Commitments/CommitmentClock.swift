import Foundation

/// Derives a commitment's status at a moment, the same on every instance: the deadline is the
/// end of the due date in the organisation's zone, moved to the next working day when the date
/// is a day off.
public struct CommitmentClock: Sendable {
    public var zone: TimeZone
    public var calendar: HolidayCalendar

    /// A clock for an organisation in `zone` keeping `calendar`.
    public init(zone: TimeZone, calendar: HolidayCalendar) {
        self.zone = zone
        self.calendar = calendar
    }

    /// The last day the commitment may be kept on time.
    public func deadline(due: CivilDate) -> CivilDate {
        calendar.workingDay(onOrAfter: due)
    }

    /// The status shown at `now` for a stored status (`open`, `in_progress`, `done`, `dropped`).
    public func status(stored: CommitmentStatus, due: CivilDate, now: Date) -> CommitmentStatus {
        status(stored: stored, due: due, today: ZoneClock(zone).day(of: now))
    }

    /// The status shown on `today` (in the zone), for many commitments judged on one day.
    public func status(stored: CommitmentStatus, due: CivilDate, today: CivilDate) -> CommitmentStatus {
        guard stored == .open || stored == .inProgress else { return stored }
        return today > deadline(due: due) ? .overdue : stored
    }

    /// Whether a commitment done at `doneAt` was kept on time.
    public func onTime(due: CivilDate, doneAt: Date) -> Bool {
        ZoneClock(zone).day(of: doneAt) <= deadline(due: due)
    }

    /// The day a reminder `workingDaysBefore` the deadline is due (the deadline itself for 0).
    public func reminderDay(due: CivilDate, workingDaysBefore: Int) -> CivilDate {
        var day = deadline(due: due)
        var remaining = workingDaysBefore
        while remaining > 0 {
            day = calendar.workingDay(onOrBefore: day.adding(days: -1))
            remaining -= 1
        }
        return day
    }
}
