/// One leader in one period: reception days the law requires of the role, and days held.
public struct ComplianceRow: Sendable, Codable, Equatable {
    public var leaderID: String
    public var leaderName: String
    public var role: String?
    /// `2026-03` for a month, `2026-Q1` for a quarter.
    public var period: String
    /// nil when no minimum applies to the role.
    public var required: Int?
    public var held: Int
    /// The legal basis of the minimum.
    public var basis: String?

    /// Held over required as a whole percentage, capped at 100; nil without a minimum.
    public var share: Int? {
        guard let required, required > 0 else { return nil }
        return min(100, Int((Double(held) * 100 / Double(required)).rounded()))
    }
}
