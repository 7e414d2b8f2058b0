/// Minutes of a reception session (biên bản tiếp công dân): who received, whom, what each
/// brought and how it was handled, the questions raised and the commitments made.
public struct ReceptionMinutes: Sendable, Codable, Equatable {
    /// The national heading, number and date.
    public var heading: DocumentHeading
    /// Whether this is a draft (printed with "DỰ THẢO").
    public var draft: Bool
    /// The version of the minutes.
    public var version: Int
    /// "Vào lúc 08 giờ 00, ngày 16 tháng 11 năm 2026".
    public var openedAt: String
    /// Where.
    public var location: String
    /// The leaders who received.
    public var receivedBy: [DocumentPerson]
    /// People checked in.
    public var attendance: Int
    /// The citizens seen.
    public var visits: [MinutesVisit]
    /// Questions raised at or for the session.
    public var questions: [MinutesQuestion]
    /// Commitments made at the session.
    public var commitments: [MinutesCommitment]
    /// The chair's conclusion, as the secretariat wrote it.
    public var conclusion: String
    /// Anything else the secretariat recorded.
    public var notes: String
    /// "Buổi tiếp kết thúc lúc 11 giờ 00 cùng ngày".
    public var closedAt: String
    /// Who signs for the body (the chair).
    public var signer: DocumentPerson
    /// Who recorded the minutes (the clerk, by full name and title), absent when unknown.
    public var recorder: DocumentPerson?
    /// The sound and picture recordings of the session, each with its SHA-256.
    public var recordings: [MinutesRecording]

    /// Creates the minutes.
    public init(
        heading: DocumentHeading,
        draft: Bool,
        version: Int,
        openedAt: String,
        location: String,
        receivedBy: [DocumentPerson],
        attendance: Int,
        visits: [MinutesVisit],
        questions: [MinutesQuestion],
        commitments: [MinutesCommitment],
        conclusion: String,
        notes: String,
        closedAt: String,
        signer: DocumentPerson,
        recorder: DocumentPerson? = nil,
        recordings: [MinutesRecording] = []
    ) {
        self.heading = heading
        self.draft = draft
        self.version = version
        self.openedAt = openedAt
        self.location = location
        self.receivedBy = receivedBy
        self.attendance = attendance
        self.visits = visits
        self.questions = questions
        self.commitments = commitments
        self.conclusion = conclusion
        self.notes = notes
        self.closedAt = closedAt
        self.signer = signer
        self.recorder = recorder
        self.recordings = recordings
    }
}
