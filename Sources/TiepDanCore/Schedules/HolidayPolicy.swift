/// What happens to a session whose day is a holiday or announced day off.
public enum HolidayPolicy: String, Sendable, Codable {
    /// Held on the next working day.
    case nextWorkingDay = "next_working_day"
    /// Held on the working day before.
    case previousWorkingDay = "previous_working_day"
    /// Not held that time.
    case skip
}
