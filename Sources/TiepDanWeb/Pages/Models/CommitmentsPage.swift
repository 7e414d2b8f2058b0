/// An organisation's accountability page: the share kept on time, the counts, a chart by month, every commitment.
struct CommitmentsPage: PageContent {
    let organisationID: String
    let organisationName: String
    let share: String
    let open: Int
    let doneOnTime: Int
    let doneLate: Int
    let overdue: Int
    /// The server-drawn SVG chart, inserted as markup.
    let chart: String
    let items: [CommitmentRow]
}
