/// Who may answer a satisfaction survey about one contact (`visit:TD-…`, `question:Q-…`), once, and what the answer
/// will be counted under.
public struct SurveyInvitation: Sendable, Equatable {
    public var contact: String
    public var organisationID: String
    public var leaderID: String?
    public var departmentID: String?
    /// How the contact came in: `web`, `walk_in`, `hotline`…
    public var channel: String
    public var answered: Bool

    /// `visit` or `question`: the part of the contact before the colon.
    public var contactKind: String { String(contact.prefix { $0 != ":" }) }
}
