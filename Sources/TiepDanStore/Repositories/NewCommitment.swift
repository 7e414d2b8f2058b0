public import TiepDanCore

/// A commitment as recorded by staff, validated by the caller.
public struct NewCommitment: Sendable {
    public var organisationID: String
    public var text: String
    /// A leader's or a department's global id.
    public var ownerID: String
    /// `leader` or `department`.
    public var ownerKind: String
    public var sessionID: String?
    public var questionReference: String?
    public var dueDate: CivilDate
    public var createdBy: String

    /// Creates the request.
    public init(
        organisationID: String,
        text: String,
        ownerID: String,
        ownerKind: String,
        sessionID: String?,
        questionReference: String?,
        dueDate: CivilDate,
        createdBy: String
    ) {
        self.organisationID = organisationID
        self.text = text
        self.ownerID = ownerID
        self.ownerKind = ownerKind
        self.sessionID = sessionID
        self.questionReference = questionReference
        self.dueDate = dueDate
        self.createdBy = createdBy
    }
}
