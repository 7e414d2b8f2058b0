extension DeadlineRule {
    /// Whether the deadline of a case standing in `status` counts working days: the first duty counts as the rule
    /// says; once accepted, a category with a resolution limit counts calendar days (Law on Complaints, Art. 28).
    public func countsWorkingDays(in status: QuestionStatus) -> Bool {
        status != .submitted && resolveDays != nil ? false : firstInWorkingDays
    }

    /// `due` moved by the time the clock stood still, from `stoppedOn` until `restartedOn` (the day it stopped counts,
    /// the day it restarts does not): by the calendar days stopped, or for a working-day deadline by the working days
    /// stopped, so a clarification awaited over a holiday costs the office nothing and gains it nothing. A calendar-day
    /// deadline that lands on a day off moves to the next working day, as every such deadline does.
    public func due(
        _ due: CivilDate,
        stoppedOn: CivilDate,
        restartedOn: CivilDate,
        inWorkingDays: Bool,
        calendar: HolidayCalendar
    ) -> CivilDate {
        guard restartedOn > stoppedOn else { return due }
        if inWorkingDays {
            let stopped = calendar.workingDays(after: stoppedOn.adding(days: -1), through: restartedOn.adding(days: -1))
            return calendar.adding(workingDays: stopped, to: due)
        }
        return calendar.workingDay(onOrAfter: due.adding(days: stoppedOn.days(until: restartedOn)))
    }
}
