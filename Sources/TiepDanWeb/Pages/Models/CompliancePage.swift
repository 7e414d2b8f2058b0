/// The reception compliance report: for each leader, the days the legal minimum requires against those held.
struct CompliancePage: PageContent {
    /// One leader's periods and chart.
    struct Leader: Sendable {
        let id: String
        let name: String
        /// The server-drawn SVG chart, inserted as markup.
        let chart: String
        let rows: [Row]
        /// The rule the minimum comes from, absent when the schedules name none.
        let basis: String?
    }

    /// One month or quarter.
    struct Row: Sendable {
        let period: String
        let required: String
        let held: Int
        let share: String
        /// Fewer days held than required.
        let short: Bool
    }

    let organisationID: String
    let organisationName: String
    let year: Int
    let isQuarter: Bool
    let leaders: [Leader]
}
