public import TiepDanCore

/// Filters of the staff question list.
public struct QuestionFilter: Sendable {
    public var organisationID: String?
    public var status: QuestionStatus?
    public var sessionID: String?
    public var departmentID: String?
    public var limit: Int = 100
    /// After this reference (from an earlier page).
    public var after: String?

    /// No filter.
    public init() {}
}
