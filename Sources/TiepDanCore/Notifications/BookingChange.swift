/// What happened to a booking that its citizen must be told of.
public enum BookingChange: String, Sendable, Codable {
    /// The session moved to another time; the booking moved with it.
    case postponed
    /// The session will not be held.
    case sessionCancelled = "session_cancelled"
    /// A seat freed and the waiting-list booking now holds it.
    case promoted
}
