/// What happened to a booking that its citizen must be told of. The raw value names the notice's templates
/// (`notices/booking-<value>.<channel>.mustache`).
public enum BookingChange: String, Sendable, Codable, CaseIterable {
    /// Booked: a seat is held.
    case confirmed
    /// The session was full: a place on the waiting list is held.
    case waitlisted
    /// The session moved to another time; the booking moved with it.
    case postponed
    /// The session will not be held.
    case sessionCancelled = "session_cancelled"
    /// A seat freed and the waiting-list booking now holds it.
    case promoted
    /// The session is near (`ReminderRule`).
    case reminder

    /// The office changed the appointment itself: telling the citizen is part of receiving them (`MessagingRule`).
    public var isDuty: Bool {
        switch self {
        case .postponed, .sessionCancelled, .promoted: return true
        case .confirmed, .waitlisted, .reminder: return false
        }
    }
}
