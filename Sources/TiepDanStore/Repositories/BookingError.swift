/// Why a booking cannot be made or changed.
public enum BookingError: Error, Equatable {
    /// No such session.
    case sessionNotFound
    /// The session takes no bookings, and why (radio, cancelled, past, closed).
    case notBookable(String)
    /// No such slot in the session.
    case slotNotFound
    /// Every seat is taken and the citizen did not ask for the waiting list.
    case full
    /// The citizen already holds an active booking for the session.
    case alreadyBooked(reference: String)
    /// No booking with this reference and token.
    case notFound
    /// Already cancelled.
    case alreadyCancelled
}
