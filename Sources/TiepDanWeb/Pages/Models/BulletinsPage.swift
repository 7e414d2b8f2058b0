/// The secretariat's bulletin page: the approved answers to tick, a title, the bulletin it corrects, and those published.
struct BulletinsPage: PageContent {
    /// An answer that may go in.
    struct Answer: Sendable {
        let reference: String
        let subject: String
        let ticked: Bool
        let statusLabel: String
    }

    /// A bulletin already published.
    struct Published: Sendable {
        let id: String
        let title: String
        let publishedOn: String
        /// The bulletin it corrects, absent for an original.
        let replaces: String?
    }

    let organisations: [Choice]
    let organisationID: String
    let title: String
    let answers: [Answer]
    let published: [Published]
    let errorSummary: ErrorSummary?
}
