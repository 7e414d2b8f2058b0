/// A commitment as the secretariat or a leader records it: the body of `POST /api/v1/commitments` and
/// what the day list's form fills in.
public struct CommitmentRequest: Decodable, Sendable {
    public let text: String
    /// A leader's or a department's id in the organisation.
    public let owner: String
    public let dueDate: String
    public let organisationId: String
    public let sessionId: String?
    public let questionRef: String?

    /// Creates a request.
    public init(text: String, owner: String, dueDate: String, organisationId: String, sessionId: String?, questionRef: String?) {
        self.text = text
        self.owner = owner
        self.dueDate = dueDate
        self.organisationId = organisationId
        self.sessionId = sessionId
        self.questionRef = questionRef
    }
}
