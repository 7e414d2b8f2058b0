/// What an owner reports on a commitment: how far it is, a new status, what was done, a link to the evidence.
public struct ProgressReport: Decodable, Sendable {
    public let progress: Int
    /// `in_progress`, `done` or `dropped`; absent keeps the status.
    public let status: String?
    public let note: String
    public let evidence: String?

    /// Creates a report.
    public init(progress: Int, status: String?, note: String, evidence: String?) {
        self.progress = progress
        self.status = status
        self.note = note
        self.evidence = evidence
    }
}
