import TiepDanOffice

/// The staff dashboard: what is waiting (counts, each linking to its list), this week's reception sessions and the
/// programmes around now, each linking to its page.
struct DashboardPage: PageContent {
    /// One session or programme.
    struct Item: Sendable {
        let id: String
        let title: String
        let organisation: String
        /// The day list for a reception session, the programme page for a programme.
        let link: String
        let when: String
        let status: String
        let isToday: Bool
    }

    let sessions: [Item]
    let programmes: [Item]
    /// The account's organisations to narrow the page to, when it works in several; empty otherwise.
    let organisations: [Choice]
    /// Today's reception sessions and programmes.
    let todayCount: Int
    let workload: Workload
    /// Which counts the account's roles make sense of.
    let seesQuestions: Bool
    let seesApprovals: Bool
}
