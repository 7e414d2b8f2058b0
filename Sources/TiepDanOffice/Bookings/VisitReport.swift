/// What happened at a visit, as the secretariat or the receiving leader records it.
public struct VisitReport: Decodable, Sendable {
    /// `accepted`, `guided`, `transferred` or `refused`.
    public let outcome: String
    /// The guidance given, where it went, or why it was refused; required unless accepted.
    public let detail: String?
    public let category: String
    /// Who handled the case before, when it came back.
    public let handledBefore: String?
    /// The citizen's identity paper number and address, taken at the desk when the booking lacks them: a complaint,
    /// denunciation or petition received needs both (Law 136/2025/QH15).
    public let idNumber: String?
    public let idType: String?
    public let address: String?

    /// Creates a report.
    public init(
        outcome: String,
        detail: String?,
        category: String,
        handledBefore: String?,
        idNumber: String? = nil,
        idType: String? = nil,
        address: String? = nil
    ) {
        self.outcome = outcome
        self.detail = detail
        self.category = category
        self.handledBefore = handledBefore
        self.idNumber = idNumber
        self.idType = idType
        self.address = address
    }
}
