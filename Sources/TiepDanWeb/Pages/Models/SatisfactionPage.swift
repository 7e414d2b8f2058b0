/// An organisation's satisfaction figures for the public: each question's mean and shares, by leader, department,
/// channel and month; too few answers said as such. Never a comment.
struct SatisfactionPage: PageContent {
    /// One line of figures.
    struct Line: Sendable {
        let label: String
        let responses: Int
        /// "4,2", "86 %", absent under five answers.
        let mean: String?
        let satisfied: String?
        let dissatisfied: String?
    }

    /// A table of lines under its heading.
    struct Table: Sendable {
        let id: String
        let heading: String
        let lines: [Line]
    }

    let organisationID: String
    let organisationName: String
    let from: String
    let through: String
    let responses: Int
    let invited: Int
    let responseRate: String?
    let tables: [Table]
    let xlsxURL: String
}
