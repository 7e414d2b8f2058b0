/// What the secretariat publishes: the answered questions to carry, by reference.
public struct NewBulletin: Sendable {
    /// The publishing organisation.
    public var organisationID: String
    /// The title.
    public var title: String
    /// The session or programme it reports on, if any.
    public var sessionID: String?
    /// The bulletin it corrects, if any.
    public var replaces: String?
    /// The questions, in the order printed.
    public var references: [String]
    /// Who publishes.
    public var actor: String

    /// Creates a request.
    public init(organisationID: String, title: String, sessionID: String?, replaces: String?, references: [String], actor: String) {
        self.organisationID = organisationID
        self.title = title
        self.sessionID = sessionID
        self.replaces = replaces
        self.references = references
        self.actor = actor
    }
}
