/// The staff's queue of questions: search, filters by status and due state, one row a question.
struct QuestionQueuePage: PageContent {
    /// One question in the queue.
    struct Row: Sendable {
        let reference: String
        let subject: String
        let category: String
        let status: String
        let due: String
        /// `on_track`, `due_soon`, `overdue`, `very_overdue` or `closed`, for the row's colour.
        let dueState: String
        let dueLabel: String
        let supporters: Int
    }

    let query: String
    let statuses: [Choice]
    let dues: [Choice]
    let rows: [Row]
}
