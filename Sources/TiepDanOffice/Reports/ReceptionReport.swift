public import TiepDanCore
public import TiepDanStore

/// The periodic report on citizen reception of an organisation and, rolled up, of its child organisations (Circular
/// 02/2021/TT-TTCP): the period's days, the figures of each unit and their total, each head's reception days against
/// the minimum in force, the shares on time, and satisfaction.
public struct ReceptionReport: Sendable, Codable {
    /// One organisation's own figures.
    public struct Unit: Sendable, Codable {
        public let organisationID: String
        public let name: String
        public let counts: ReceptionCounts
    }

    /// A leader's reception days in the period, against the legal minimum of the role (nil when it has none).
    public struct LeaderDays: Sendable, Codable {
        public let organisationID: String
        public let leaderID: String
        public let name: String
        public let title: String
        public let held: Int
        public let required: Int?
    }

    public let organisationID: String
    public let organisationName: String
    /// As asked: `2026-Q3`.
    public let period: String
    /// The days counted, `dd/MM/yyyy`, and the rule that sets them.
    public let from: String
    public let to: String
    public let basis: String
    public let totals: ReceptionCounts
    /// Shares of answers and commitments on time, 0 to 1; nil when there were none.
    public let answeredOnTime: Double?
    public let commitmentsOnTime: Double?
    public let satisfaction: SatisfactionTally
    public let units: [Unit]
    public let leaders: [LeaderDays]
}
