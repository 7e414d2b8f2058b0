import Foundation

/// When a citizen with a booking is reminded: once `workingDays` working days before the session's day (holidays and
/// days off skipped), as the day begins after the quiet hours, and once `hours` hours before it starts, moved back to
/// the evening before when that falls in the quiet hours. Zero turns a reminder off.
public struct ReminderRule: Sendable, Equatable {
    public var workingDays: Int
    public var hours: Int
    public var quiet: QuietHours

    /// Creates the rule.
    public init(workingDays: Int, hours: Int, quiet: QuietHours = .night) {
        self.workingDays = workingDays
        self.hours = hours
        self.quiet = quiet
    }

    /// Each reminder of a session starting at `start`: its kind (`days`, `hours`) and when it is due.
    public func moments(sessionStart start: Date, zone: TimeZone, calendar: HolidayCalendar) -> [(kind: String, at: Date)] {
        let clock = ZoneClock(zone)
        var moments: [(String, Date)] = []
        if workingDays > 0 {
            var day = clock.day(of: start)
            for _ in 0..<workingDays { day = calendar.workingDay(onOrBefore: day.adding(days: -1)) }
            moments.append(("days", clock.instant(day, minutes: quiet.end)))
        }
        if hours > 0 {
            var at = start.addingTimeInterval(-TimeInterval(hours * 3600))
            if quiet.contains(clock.minutes(of: at)) {
                // Back to the last minute before the quiet hours began.
                let day = clock.minutes(of: at) >= quiet.start ? clock.day(of: at) : clock.day(of: at).adding(days: -1)
                at = clock.instant(day, minutes: quiet.start - 1)
            }
            moments.append(("hours", at))
        }
        return moments
    }
}
