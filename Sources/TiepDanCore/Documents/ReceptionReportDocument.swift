/// The periodic report on citizen reception as the document an office signs and sends up (Circular 02/2021/TT-TTCP,
/// in the Decree 30/2020 layout): the figures of the organisation and its children, and the heads' reception days.
public struct ReceptionReportDocument: Sendable {
    /// One figure's line: its label, a value per unit, the total.
    public struct Line: Sendable {
        public var label: String
        public var values: [String]
        public var total: String

        /// Creates a line.
        public init(label: String, values: [String], total: String) {
            self.label = label
            self.values = values
            self.total = total
        }
    }

    /// A head's days.
    public struct Leader: Sendable {
        public var number: Int
        public var organisation: String
        public var name: String
        public var held: Int
        public var required: String

        /// Creates a leader's line.
        public init(number: Int, organisation: String, name: String, held: Int, required: String) {
            self.number = number
            self.organisation = organisation
            self.name = name
            self.held = held
            self.required = required
        }
    }

    public var heading: DocumentHeading
    /// "Số liệu từ ngày 15/06/2026 đến ngày 14/09/2026".
    public var days: String
    public var units: [String]
    public var lines: [Line]
    public var leaders: [Leader]
    /// The satisfaction of the period in a sentence.
    public var satisfaction: String
    public var signer: DocumentPerson
    public var recipients: [String]

    /// Creates the report.
    public init(
        heading: DocumentHeading,
        days: String,
        units: [String],
        lines: [Line],
        leaders: [Leader],
        satisfaction: String,
        signer: DocumentPerson,
        recipients: [String]
    ) {
        self.heading = heading
        self.days = days
        self.units = units
        self.lines = lines
        self.leaders = leaders
        self.satisfaction = satisfaction
        self.signer = signer
        self.recipients = recipients
    }
}
