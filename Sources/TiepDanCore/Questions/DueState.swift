/// How a handled item stands against its due date, for staff lists.
public enum DueState: String, Sendable, Codable {
    case onTrack = "on_track"
    /// Due within the next three working days.
    case dueSoon = "due_soon"
    /// Past its due date.
    case overdue
    /// More than ten working days past it.
    case veryOverdue = "very_overdue"

    /// The state of something due on `due`, seen on `today`.
    public static func of(due: CivilDate, today: CivilDate, calendar: HolidayCalendar) -> DueState {
        if today > due {
            return calendar.workingDays(after: due, through: today) > 10 ? .veryOverdue : .overdue
        }
        return calendar.workingDays(after: today, through: due) <= 3 ? .dueSoon : .onTrack
    }
}
