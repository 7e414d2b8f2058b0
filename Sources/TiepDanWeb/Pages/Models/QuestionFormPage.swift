/// The citizen's question form: where it goes, what kind of case, the text and how to reach them,
/// each wrong field with its message.
struct QuestionFormPage: PageContent {
    /// A category to choose, with its hint.
    struct Category: Sendable {
        let value: String
        let label: String
        let hint: String
        let checked: Bool
    }

    let form: QuestionFormFields
    let organisations: [Choice]
    /// The chosen organisation's sessions that still take questions.
    let sessions: [Choice]
    let categories: [Category]
    /// The identity papers a sender may name (CCCD first).
    let idTypes: [Choice]
    /// The optional uses, each unticked unless the citizen ticked it.
    let consents: [ConsentChoice]
    /// How the citizen wants to hear back.
    let reply: ReplyChoice
    let errors: FormFieldSet<String>
    let focus: FormFieldSet<Bool>
    let errorSummary: ErrorSummary?
}
