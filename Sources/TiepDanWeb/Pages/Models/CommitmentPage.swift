/// One commitment in public: what was promised, by whom, its deadline and status, and its history.
struct CommitmentPage: PageContent {
    /// One step of the history.
    struct Step: Sendable {
        let at: String
        let what: String
        let progress: Int
        /// "30/06/2026 → 31/07/2026" for an extension, absent otherwise.
        let dueChange: String?
        /// What the owner or the extension said, absent when nothing was.
        let note: String?
        /// A link to the evidence, absent when none was given.
        let evidence: String?
    }

    let organisationID: String
    let organisationName: String
    let id: String
    let text: String
    let owner: String
    let made: String
    let due: String
    /// The first deadline, present once extended.
    let originalDue: String?
    let status: String
    let statusLabel: String
    let late: Bool
    let progress: Int
    /// Why it was dropped, present for a dropped commitment.
    let dropReason: String?
    let history: [Step]
}
