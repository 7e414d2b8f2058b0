/// The register of citizens received (Form 03) for an organisation and a range of days.
struct RegisterPage: PageContent {
    /// One citizen received.
    struct Line: Sendable {
        let reference: String
        let cells: [String]
    }

    let organisationName: String
    let organisations: [Choice]
    let from: String
    let to: String
    let csvURL: String
    /// The same as an Excel workbook.
    let xlsxURL: String
    let headings: [String]
    let lines: [Line]
}
