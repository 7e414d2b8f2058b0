public import TiepDanCore

/// The outcome of a visit as staff record it.
public struct VisitRecord: Sendable {
    public var outcome: VisitOutcome
    /// Guidance given, where it was transferred, or why refused; required unless accepted.
    public var detail: String?
    public var category: CaseCategory
    /// The body that already handled the case, if any.
    public var handledBefore: String?
    /// The identity paper number and address taken at the desk, kept with the booking's citizen; nil leaves what is there.
    public var idNumber: String?
    public var address: String?
    /// For a denunciation: everything that identifies the citizen, sealed by the caller; the clear columns are then
    /// emptied, for good (a later outcome of another category does not unseal them).
    public var sealedIdentity: String?

    /// Creates the record.
    public init(
        outcome: VisitOutcome,
        detail: String?,
        category: CaseCategory,
        handledBefore: String?,
        idNumber: String? = nil,
        address: String? = nil
    ) {
        self.outcome = outcome
        self.detail = detail
        self.category = category
        self.handledBefore = handledBefore
        self.idNumber = idNumber
        self.address = address
    }
}
