/// The commitments a staff member reports on, each with its progress form while open.
struct StaffCommitmentsPage: PageContent {
    /// A hundred at a time; the link to the next, absent on the last page.
    let items: [CommitmentRow]
    let nextURL: String?
    let errorSummary: ErrorSummary?
}
