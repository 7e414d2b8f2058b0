/// The conclusion notice after a reception session (thông báo kết luận): the leader's
/// conclusion on each case and the tasks given, sent to the departments concerned.
public struct ConclusionNotice: Sendable, Codable, Equatable {
    /// The national heading, number and date.
    public var heading: DocumentHeading
    /// Whether this is a draft.
    public var draft: Bool
    /// The version.
    public var version: Int
    /// "Ngày 16 tháng 11 năm 2026, đồng chí ... đã chủ trì tiếp công dân định kỳ tại ...".
    public var intro: String
    /// The cases concluded.
    public var cases: [MinutesVisit]
    /// Tasks given, with owners and deadlines.
    public var commitments: [MinutesCommitment]
    /// The leader's general conclusion.
    public var conclusion: String
    /// "Nơi nhận".
    public var recipients: [String]
    /// Who signs.
    public var signer: DocumentPerson

    /// Creates the notice.
    public init(
        heading: DocumentHeading,
        draft: Bool,
        version: Int,
        intro: String,
        cases: [MinutesVisit],
        commitments: [MinutesCommitment],
        conclusion: String,
        recipients: [String],
        signer: DocumentPerson
    ) {
        self.heading = heading
        self.draft = draft
        self.version = version
        self.intro = intro
        self.cases = cases
        self.commitments = commitments
        self.conclusion = conclusion
        self.recipients = recipients
        self.signer = signer
    }
}
