/// One question at the staff's desk: its text and public view, and the forms of each step the
/// signed-in member may take now.
struct QuestionDeskPage: PageContent {
    /// One step of the history.
    struct Step: Sendable {
        let when: String
        let what: String
        let note: String?
        /// The position of a step that calls for a written notice or decision, for its links.
        let decision: String?
    }

    /// A question that may be the same one.
    struct Similar: Sendable {
        let reference: String
        let subject: String
        let score: Int
    }

    /// A department it may be assigned to.
    struct Department: Sendable {
        let id: String
        let name: String
        let selected: Bool
    }

    let reference: String
    let subject: String
    let text: String
    let publicText: String
    let category: String
    let status: String
    let channel: String
    let due: String
    let dueLabel: String
    let supporters: Int
    let answer: String?
    let history: [Step]
    /// What the sender was told, and whether it arrived.
    let notices: [NoticeDelivery]
    let similar: [Similar]
    let departments: [Department]
    let canScreen: Bool
    let canAccept: Bool
    let canAssign: Bool
    let canAnswer: Bool
    let canApprove: Bool
    let canPublish: Bool
    let canRedact: Bool
    let canSeeSubmitter: Bool
    /// Sealed as sensitive, and whether this account may open it; or whether it may flag it.
    let sensitive: Bool
    let canOpenSensitive: Bool
    let canMarkSensitive: Bool
    /// The turns of Law 136/2025/QH15 the member may take now: ask the citizen to clarify, record the answer,
    /// suspend (temporarily or for good), resume, record a withdrawal, continue after a missed dialogue.
    let turns: CaseTurns
    let isDenunciation: Bool
    /// A complaint: accepting it asks what lengthens its resolution limit.
    let isComplaint: Bool
    let errorSummary: ErrorSummary?
}
