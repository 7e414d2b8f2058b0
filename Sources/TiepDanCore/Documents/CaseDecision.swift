/// A written notice or decision on one turn of a case (Decree 30/2020 layout): to whom, what was decided, why, on
/// what legal basis, to whom it goes, and who signs.
public struct CaseDecision: Sendable, Codable, Equatable {
    public var heading: DocumentHeading
    /// "Kính gửi: Ông (bà) …, địa chỉ …"; a denouncer's stays sealed unless the reader handles the case.
    public var addressee: String
    /// The sentence that decides.
    public var decided: String
    /// Why, as the step recorded it (the part that remains, for a partial withdrawal; what to clarify).
    public var reason: String
    /// The legal basis.
    public var basis: String
    /// "Nơi nhận".
    public var recipients: [String]
    public var signer: DocumentPerson

    /// A decision as drafted.
    public init(
        heading: DocumentHeading,
        addressee: String,
        decided: String,
        reason: String,
        basis: String,
        recipients: [String],
        signer: DocumentPerson
    ) {
        self.heading = heading
        self.addressee = addressee
        self.decided = decided
        self.reason = reason
        self.basis = basis
        self.recipients = recipients
        self.signer = signer
    }
}
