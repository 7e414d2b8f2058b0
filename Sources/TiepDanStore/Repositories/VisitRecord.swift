public import TiepDanCore

/// The outcome of a visit as staff record it.
public struct VisitRecord: Sendable {
    public var outcome: VisitOutcome
    /// Guidance given, where it was transferred, or why refused; required unless accepted.
    public var detail: String?
    public var category: CaseCategory
    /// The body that already handled the case, if any.
    public var handledBefore: String?

    /// Creates the record.
    public init(outcome: VisitOutcome, detail: String?, category: CaseCategory, handledBefore: String?) {
        self.outcome = outcome
        self.detail = detail
        self.category = category
        self.handledBefore = handledBefore
    }
}
