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
    /// Only what an account may read: every question of these organisations, and those assigned to these
    /// departments; nil for no such limit.
    public var within: Scope?

    /// Where a staff member's reading reaches.
    public struct Scope: Sendable, Equatable {
        public var organisations: Set<String>
        public var departments: Set<String>

        /// A reach over `organisations` whole and `departments`' questions elsewhere.
        public init(organisations: Set<String>, departments: Set<String>) {
            self.organisations = organisations
            self.departments = departments
        }
    }

    /// No filter.
    public init() {}
}
