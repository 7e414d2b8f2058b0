import Foundation

extension SessionStatus {
    /// Still to take place: scheduled, or postponed to a new time (not cancelled, not held).
    public var isUpcoming: Bool { self == .scheduled || self == .postponed }
}

extension ScheduledSession {
    /// Whether citizens may still send questions for it at `now`: upcoming, and before its cut-off
    /// (the start when it names none).
    public func takesQuestions(at now: Date) -> Bool {
        status.isUpcoming && now < (questionsCloseAt ?? startsAt)
    }

    /// Whether citizens may still book it at `now`: an upcoming reception session, more than
    /// `closesBefore` seconds before it starts.
    public func takesBookings(at now: Date, closesBefore: TimeInterval) -> Bool {
        kind == .reception && status.isUpcoming && startsAt.addingTimeInterval(-closesBefore) > now
    }

    /// The seats still free across its booking slots, given the seats `taken` per slot id (`{session}-{index}`).
    public func seatsLeft(taken: [String: Int]) -> Int {
        slots.reduce(0) { $0 + max(0, $1.capacity - (taken["\(id)-\($1.index)"] ?? 0)) }
    }
}
