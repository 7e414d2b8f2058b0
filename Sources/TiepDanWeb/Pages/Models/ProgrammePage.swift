/// A radio programme or dialogue before it airs: the questions collected, by topic, and the panel to invite.
struct ProgrammePage: PageContent {
    /// A topic (the department that answers) and its questions, most supported first.
    struct Topic: Sendable {
        let name: String
        let slug: Int
        let count: Int
        let questions: [Question]
    }

    /// A question collected for the programme.
    struct Question: Sendable {
        let reference: String
        let subject: String
        let supporters: Int
        let statusLabel: String
        let inRundown: Bool
        /// The questions merged into this one.
        let merged: [String]
    }

    /// A leader or department on the panel.
    struct Member: Sendable {
        let memberID: String
        let name: String
        let kindLabel: String
        let invited: Bool
    }

    let id: String
    let programmeTitle: String
    let location: String
    let when: String
    let topics: [Topic]
    let questionCount: Int
    let panel: [Member]
}
