/// The reception compliance report: for each leader, the days the legal minimum requires against those held, with the
/// days planned but not recorded and, for periods that have ended, those missed.
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
        let planned: Int
        let held: Int
        let unrecorded: Int
        /// Days a deputy received in the leader's place: shown apart, never counted as held.
        let delegated: Int
        /// "—" for a period that has not ended.
        let missed: String
        let share: String
        /// `met`, `short`, `in_progress` or `ahead`, for styling and tests.
        let status: String
        let statusText: String
    }

    let organisationID: String
    let organisationName: String
    let year: Int
    let isQuarter: Bool
    let leaders: [Leader]
}
