public import TiepDanCore

/// How satisfied citizens were with one organisation over some months: every question's tally, the overall question's
/// by leader, department, channel and kind of contact, and month by month. Comments are never part of it.
public struct SatisfactionFigures: Sendable, Codable {
    /// One question's tally.
    public struct Question: Sendable, Codable {
        public let id: String
        public let text: String
        public let tally: SatisfactionTally
    }

    /// The overall question's tally for one leader, department, channel, kind of contact or month.
    public struct Group: Sendable, Codable {
        public let key: String
        public let tally: SatisfactionTally
    }

    public let organisationID: String
    public let organisationName: String
    /// The months, `YYYY-MM`, first and last.
    public let from: String
    public let through: String
    public let responses: Int
    /// Contacts invited in those months.
    public let invited: Int
    /// Responses over invitations, 0 to 1; nil under five responses or without invitations.
    public let responseRate: Double?
    public let questions: [Question]
    public let byLeader: [Group]
    public let byDepartment: [Group]
    public let byChannel: [Group]
    public let byContact: [Group]
    /// Month by month, the trend.
    public let byMonth: [Group]
}
