/// Where a session stands, as the public schedule shows it.
public enum SessionStatus: String, Sendable, Codable, CaseIterable {
    /// On the calendar.
    case scheduled
    /// Moved by staff to another time, with a public notice.
    case postponed
    /// Will not be held.
    case cancelled
    /// Took place.
    case held
}
