public import TiepDanCore

/// Filters of the staff question list.
public struct QuestionFilter: Sendable {
    public var organisationID: String?
    public var status: QuestionStatus?
    public var sessionID: String?
    public var departmentID: String?
    /// Only questions still being handled that are due on or before this day (for the due
    /// filters, so the page limit applies after them, not before).
    public var openAndDueBy: CivilDate?
    public var limit: Int = 100
    /// After this reference (from an earlier page).
    public var after: String?

    /// No filter.
    public init() {}
}
