/// The receipt of information, papers and evidence a citizen hands over (Giấy biên nhận,
/// Form 02 of Circular 04/2021): one copy for the citizen, one for the file.
public struct ReceiptDocument: Sendable, Codable, Equatable {
    /// The heading.
    public var heading: DocumentHeading
    /// "Vào lúc 09 giờ 15, ngày 16 tháng 11 năm 2026, tại ...".
    public var receivedAt: String
    /// Who received the papers.
    public var receiver: DocumentPerson
    /// The citizen's name.
    public var citizen: String
    /// The citizen's address.
    public var address: String
    /// The citizen's ID number.
    public var idNumber: String
    /// The booking or question reference the papers belong to.
    public var reference: String
    /// What the papers are about.
    public var content: String
    /// The papers.
    public var items: [ReceiptItem]
    /// The satisfaction survey of the visit, once its outcome is recorded: its link, and the same as a QR code (SVG).
    public var surveyURL: String?
    public var surveyCode: String?

    /// Creates a receipt.
    public init(
        heading: DocumentHeading,
        receivedAt: String,
        receiver: DocumentPerson,
        citizen: String,
        address: String,
        idNumber: String,
        reference: String,
        content: String,
        items: [ReceiptItem],
        surveyURL: String? = nil,
        surveyCode: String? = nil
    ) {
        self.heading = heading
        self.receivedAt = receivedAt
        self.receiver = receiver
        self.citizen = citizen
        self.address = address
        self.idNumber = idNumber
        self.reference = reference
        self.content = content
        self.items = items
        self.surveyURL = surveyURL
        self.surveyCode = surveyCode
    }
}
