/// What happened at a visit, as the secretariat or the receiving leader records it.
public struct VisitReport: Decodable, Sendable {
    /// `accepted`, `guided`, `transferred` or `refused`.
    public let outcome: String
    /// The guidance given, where it went, or why it was refused; required unless accepted.
    public let detail: String?
    public let category: String
    /// Who handled the case before, when it came back.
    public let handledBefore: String?

    /// Creates a report.
    public init(outcome: String, detail: String?, category: String, handledBefore: String?) {
        self.outcome = outcome
        self.detail = detail
        self.category = category
        self.handledBefore = handledBefore
    }
}
