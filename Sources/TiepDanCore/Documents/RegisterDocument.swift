/// The register of citizen reception (Sổ tiếp công dân, Form 03) for a period, printable.
public struct RegisterDocument: Sendable, Codable, Equatable {
    /// The heading (the register has no number).
    public var heading: DocumentHeading
    /// "Từ ngày 01/11/2026 đến ngày 30/11/2026".
    public var period: String
    /// Column headings of Form 03.
    public var headings: [String]
    /// The lines.
    public var lines: [RegisterLine]

    /// Creates the register.
    public init(heading: DocumentHeading, period: String, headings: [String] = RegisterLine.headings, lines: [RegisterLine]) {
        self.heading = heading
        self.period = period
        self.headings = headings
        self.lines = lines
    }
}
