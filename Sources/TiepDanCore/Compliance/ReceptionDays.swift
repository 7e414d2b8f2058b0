/// One leader's reception days as the schedule and the secretariat's records give them.
public struct ReceptionDays: Sendable, Equatable {
    /// Days with a session of the leader's on the calendar (scheduled or held; not cancelled or postponed).
    public var planned: Set<CivilDate>
    /// Days with a session the secretariat marked held, the leader among those who received.
    public var held: Set<CivilDate>
    /// Days with a session of the leader's marked held with someone else receiving in the leader's place (a deputy):
    /// since 1 July 2026 reception is not delegated, so these days never count toward the leader's minimum.
    public var delegated: Set<CivilDate>

    /// Days as given.
    public init(planned: Set<CivilDate> = [], held: Set<CivilDate> = [], delegated: Set<CivilDate> = []) {
        self.planned = planned
        self.held = held
        self.delegated = delegated
    }
}
