/// The top of every document (Decree 30/2020): the issuing body and the number on the left, the
/// national title and motto on the right, the place and date under them, then the kind of
/// document and what it is about.
public struct DocumentHeading: Sendable, Codable, Equatable {
    /// The issuing body's name lines, in capitals.
    public var issuer: [String]
    /// "Số: 12/BB-UBND"; a draft leaves the number blank ("Số:   /BB-UBND") for the clerk to fill when signed.
    public var number: String
    /// "Lai Vung, ngày 05 tháng 3 năm 2026".
    public var placeAndDate: String
    /// The kind, in capitals: "BIÊN BẢN", "THÔNG BÁO".
    public var kind: String
    /// What it is about: "Tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân xã".
    public var subject: String

    /// Creates a heading.
    public init(issuer: [String], number: String, placeAndDate: String, kind: String, subject: String) {
        self.issuer = issuer
        self.number = number
        self.placeAndDate = placeAndDate
        // Decree 30 prints the kind in capitals; the data says so too, so text and PDF copies agree.
        self.kind = kind.uppercased()
        self.subject = subject
    }

    /// The heading of a document of `issuer`, numbered `number` of its `code` ("BB" minutes, "TB"
    /// notices) or unnumbered while a draft, dated `day`.
    public init(issuer: DocumentIssuer, code: String, number: Int?, day: CivilDate, kind: String, subject: String) {
        self.init(
            issuer: issuer.lines,
            number: "Số: \(number.map(String.init) ?? "\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}")/\(code)-\(issuer.abbreviation)",
            placeAndDate: DocumentDate.placeAndDate(issuer.place, day),
            kind: kind,
            subject: subject
        )
    }
}
