/// The periodic report on citizen reception for staff: the figures of the organisation and each child, and each
/// head's reception days against the minimum.
struct ReceptionReportPage: PageContent {
    /// One figure: its label, then a value per unit and the total.
    struct Line: Sendable {
        let label: String
        let values: [String]
        let total: String
        /// A line under another (periodic sessions under sessions held).
        let indent: Bool
    }

    /// A leader's days.
    struct Leader: Sendable {
        let organisation: String
        let name: String
        let held: Int
        let required: String
        let short: Bool
    }

    let organisations: [Choice]
    let period: String
    let from: String
    let to: String
    let basis: String
    let units: [String]
    let lines: [Line]
    let leaders: [Leader]
    /// The satisfaction of the period in a sentence, or that there were too few answers.
    let satisfaction: String
    let xlsxURL: String
    /// The report as the document the head signs (add `&format=docx` or `pdf`).
    let documentURL: String
}
