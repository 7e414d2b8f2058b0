/// Everything an office holds about one person: their bookings and their questions. Nothing of anyone else.
public struct PersonalHoldings: Sendable, Equatable {
    public var bookings: [BookingRecord]
    public var questions: [HeldQuestion]

    /// Creates the holdings.
    public init(bookings: [BookingRecord], questions: [HeldQuestion]) {
        self.bookings = bookings
        self.questions = questions
    }
}
