/// What a staff member asks of the question list, as the query gives it; `QuestionDesk.queue` reads and checks it.
public struct StaffQuestionFilter: Sendable {
    /// Words to search for (diacritics and case ignored); with them, the other filters but `due` are not used.
    public var words: String?
    public var status, organisationID, sessionID, departmentID: String?
    /// `due_soon`, `overdue` (which includes very overdue) or `very_overdue`.
    public var due: String?
    public var cursor: String?
    public var limit: Int

    /// A filter; every text as the staff member wrote it.
    public init(
        words: String? = nil,
        status: String? = nil,
        organisationID: String? = nil,
        sessionID: String? = nil,
        departmentID: String? = nil,
        due: String? = nil,
        cursor: String? = nil,
        limit: Int
    ) {
        self.words = words
        self.status = status
        self.organisationID = organisationID
        self.sessionID = sessionID
        self.departmentID = departmentID
        self.due = due
        self.cursor = cursor
        self.limit = limit
    }
}
