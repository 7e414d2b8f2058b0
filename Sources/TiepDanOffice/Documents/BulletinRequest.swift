/// A bulletin the secretariat publishes: the answers by reference, or every approved answer of a session.
public struct BulletinRequest: Decodable, Sendable {
    public let organisationId: String?
    public let title: String?
    public let questionRefs: [String]?
    public let sessionId: String?
    /// The bulletin this one corrects.
    public let replaces: String?

    /// Creates a request.
    public init(organisationId: String?, title: String?, questionRefs: [String]?, sessionId: String?, replaces: String?) {
        self.organisationId = organisationId
        self.title = title
        self.questionRefs = questionRefs
        self.sessionId = sessionId
        self.replaces = replaces
    }
}
