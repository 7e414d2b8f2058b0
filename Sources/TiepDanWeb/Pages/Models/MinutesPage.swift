/// The secretariat's page of one document (minutes or a conclusion notice): the conclusion to write,
/// redraft or finalise, and every version.
struct MinutesPage: PageContent {
    /// One version of the document.
    struct Version: Sendable {
        let version: Int
        let stateLabel: String
        let createdBy: String
        let createdAt: String
    }

    let id: String
    let version: Int
    let stateLabel: String
    let isFinal: Bool
    /// "12/BB" once finalised, absent for a draft.
    let number: String?
    let kindLabel: String
    let sessionTitle: String
    let sessionURL: String
    let conclusion: String
    let notes: String
    let versions: [Version]
    let errorSummary: ErrorSummary?
}
