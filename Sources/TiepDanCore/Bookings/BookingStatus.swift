/// Where a booking stands.
public enum BookingStatus: String, Sendable, Codable {
    /// Holds a seat in a slot.
    case confirmed
    /// Queued for the first seat that frees.
    case waitlisted
    /// Given up by the citizen or staff; its seat was freed.
    case cancelled
}
