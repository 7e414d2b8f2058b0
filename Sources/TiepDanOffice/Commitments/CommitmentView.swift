/// A commitment as the public and the API see it: status derived now, text masked like every public text.
public struct CommitmentView: Encodable, Sendable {
    /// Where it was made: a session or a question.
    public struct Source: Encodable, Sendable {
        public let kind: String
        public let id: String
    }

    /// One step of its history.
    public struct HistoryStep: Encodable, Sendable {
        public let at, kind, status: String
        public let progress: Int
        public let note, evidence, dueBefore, dueAfter: String?
    }

    public let id, organisationId, text, owner, ownerName, madeAt, dueDate, originalDue, status: String
    public let source: Source?
    public let progress: Int
    public let extended: Bool
    public let doneAt: String?
    public let onTime: Bool?
    public let dropReason: String?
    /// Filled when one commitment is asked for.
    public var history: [HistoryStep]?

    /// Whether it is done or dropped.
    public var isClosed: Bool { status == "done" || status == "dropped" }
}
