/// `/organisations/{id}/questions`: an organisation's published answers, newest first, a page at a time.
struct AnsweredQuestionsPage: PageContent {
    /// One published question and its answer, masked as the public sees it.
    struct Item: Sendable {
        let reference: String
        let subject: String
        let answer: String
        let published: String
    }

    let organisationID: String
    let organisationName: String
    let items: [Item]
    /// The next page's address, when there is one.
    let nextURL: String?
}
