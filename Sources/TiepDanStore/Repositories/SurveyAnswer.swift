/// One citizen's answer to a satisfaction survey, as kept: what the figures count, and nothing that leads back to the
/// contact or the person.
public struct SurveyAnswer: Sendable, Equatable {
    public var organisationID: String
    public var leaderID: String?
    public var departmentID: String?
    public var channel: String
    public var contactKind: String
    /// The month it was answered, `YYYY-MM`.
    public var period: String
    /// The version of the form it answered (`SurveyForm.version`).
    public var version: String
    /// Each question's point, 1 (very dissatisfied) to 5 (very satisfied), by the question's id.
    public var scores: [String: Int]
    public var comment: String?
    /// Entered by staff from a paper form or read out to the citizen.
    public var assisted: Bool

    /// Creates an answer.
    public init(
        organisationID: String,
        leaderID: String?,
        departmentID: String?,
        channel: String,
        contactKind: String,
        period: String,
        version: String,
        scores: [String: Int],
        comment: String?,
        assisted: Bool
    ) {
        self.organisationID = organisationID
        self.leaderID = leaderID
        self.departmentID = departmentID
        self.channel = channel
        self.contactKind = contactKind
        self.period = period
        self.version = version
        self.scores = scores
        self.comment = comment
        self.assisted = assisted
    }
}
