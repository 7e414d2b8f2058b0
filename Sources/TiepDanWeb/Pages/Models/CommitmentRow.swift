/// One commitment in a list (the public accountability page, the staff's list).
struct CommitmentRow: Sendable {
    let id: String
    let text: String
    let owner: String
    /// `open`, `in_progress`, `done`, `overdue` or `dropped`, for styles and tests.
    let status: String
    let statusLabel: String
    let due: String
    /// The first deadline, present once extended.
    let originalDue: String?
    let progress: Int
    let made: String
    /// Done after its deadline.
    let late: Bool
    let isClosed: Bool
    /// What is wrong with the report just submitted for it.
    let errors: [String]
}
