/// The secretariat's queue of citizens' requests about their data, soonest due first, with both clocks.
struct PrivacyQueuePage: PageContent {
    /// One request.
    struct Row: Sendable {
        let id, kind, subject, filed, status: String
        /// The acknowledgement: done, or due by a day with its state.
        let acknowledged: Bool
        let acknowledgeBy, acknowledgeState, acknowledgeLabel: String
        let due, dueState, dueLabel: String
    }
    let rows: [Row]
    /// Closed requests are listed too.
    let all: Bool
    /// The next page, when there is one.
    let nextURL: String?
}
