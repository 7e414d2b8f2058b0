/// One leader in one period: reception days the law requires of the role, the days planned, and, of the days that
/// have passed, those held and those planned but not recorded.
public struct ComplianceRow: Sendable, Codable, Equatable {
    public var leaderID: String
    public var leaderName: String
    public var role: String?
    /// `2026-03` for a month, `2026-Q1` for a quarter.
    public var period: String
    /// nil when no minimum applies to the role.
    public var required: Int?
    /// Days with a session on the calendar in the whole period, past and future.
    public var planned: Int
    /// Days that have passed with a session marked held.
    public var held: Int
    /// Days that have passed with a session planned and neither marked held nor cancelled: the secretariat has not
    /// recorded them yet, so they are counted neither as held nor as missed.
    public var unrecorded: Int
    /// Days that have passed with a session of the leader's held by someone else in the leader's place; shown apart and
    /// never counted as held.
    public var delegated: Int
    /// For an ended period, the days the minimum required that were neither held nor left unrecorded; nil otherwise.
    public var missed: Int?
    public var status: ComplianceStatus
    /// The legal basis of the minimum.
    public var basis: String?

    /// Held over required as a whole percentage, capped at 100, for an ended period with a minimum; nil otherwise.
    public var share: Int? {
        guard let required, required > 0, status == .met || status == .short else { return nil }
        return min(100, Int((Double(held) * 100 / Double(required)).rounded()))
    }
}
