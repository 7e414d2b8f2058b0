/// The citizen's question, check your answers, then send.
struct QuestionCheckPage: PageContent {
    let form: QuestionFormFields
    let organisationName: String
    /// The session it is asked for, absent for none.
    let sessionTitle: String?
    let categoryLabel: String
    let isDenunciation: Bool
    /// The optional uses, each unticked unless the citizen ticked it.
    let consents: [ConsentChoice]
    /// How the citizen wants to hear back.
    let reply: ReplyChoice
    let hidden: [HiddenField]
    let errorSummary: ErrorSummary?
}
