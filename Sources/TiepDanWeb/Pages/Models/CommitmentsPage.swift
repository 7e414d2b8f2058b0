/// An organisation's accountability page: the share kept on time, the counts, a chart by month, over every
/// commitment; the list a page at a time.
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
    /// Fifty at a time; the link to the next fifty, absent on the last page.
    let items: [CommitmentRow]
    let nextURL: String?
}
