/// The commitments a staff member reports on, each with its progress form while open.
struct StaffCommitmentsPage: PageContent {
    let items: [CommitmentRow]
    let errorSummary: ErrorSummary?
}
