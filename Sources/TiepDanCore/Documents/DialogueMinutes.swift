/// Minutes of a dialogue or radio programme (biên bản đối thoại): the panel, the questions
/// answered on air, the call-ins, the questions left for written answers and the commitments.
public struct DialogueMinutes: Sendable, Codable, Equatable {
    /// The national heading, number and date.
    public var heading: DocumentHeading
    /// Whether this is a draft.
    public var draft: Bool
    /// The version of the minutes.
    public var version: Int
    /// The programme's title.
    public var programme: String
    /// "Vào lúc 08 giờ 00, ngày 28 tháng 11 năm 2026".
    public var openedAt: String
    /// Where (the studio).
    public var location: String
    /// Leaders and department heads on the panel.
    public var panel: [DocumentPerson]
    /// Questions answered on air.
    public var answered: [MinutesQuestion]
    /// Questions phoned in.
    public var callIns: [DialogueCallIn]
    /// Questions left for written answers, with their due dates.
    public var deferred: [MinutesQuestion]
    /// Commitments made on air.
    public var commitments: [MinutesCommitment]
    /// The chair's conclusion.
    public var conclusion: String
    /// Anything else recorded.
    public var notes: String
    /// When it ended.
    public var closedAt: String
    /// Who signs.
    public var signer: DocumentPerson
    /// Who recorded the minutes (the clerk, by full name and title), absent when unknown.
    public var recorder: DocumentPerson?

    /// Creates the minutes.
    public init(
        heading: DocumentHeading,
        draft: Bool,
        version: Int,
        programme: String,
        openedAt: String,
        location: String,
        panel: [DocumentPerson],
        answered: [MinutesQuestion],
        callIns: [DialogueCallIn],
        deferred: [MinutesQuestion],
        commitments: [MinutesCommitment],
        conclusion: String,
        notes: String,
        closedAt: String,
        signer: DocumentPerson,
        recorder: DocumentPerson? = nil
    ) {
        self.heading = heading
        self.draft = draft
        self.version = version
        self.programme = programme
        self.openedAt = openedAt
        self.location = location
        self.panel = panel
        self.answered = answered
        self.callIns = callIns
        self.deferred = deferred
        self.commitments = commitments
        self.conclusion = conclusion
        self.notes = notes
        self.closedAt = closedAt
        self.signer = signer
        self.recorder = recorder
    }
}
