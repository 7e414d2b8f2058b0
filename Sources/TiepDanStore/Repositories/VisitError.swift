/// Why a check-in or an outcome cannot be recorded.
public enum VisitError: Error, Equatable {
    /// No such booking.
    case notFound
    /// The booking or its session forbids it, and why.
    case notAllowed(String)
}
