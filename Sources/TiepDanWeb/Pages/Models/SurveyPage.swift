/// The satisfaction survey of one contact: a question per factor and an overall one, each on the five-point scale,
/// and a comment; or the thanks once answered.
struct SurveyPage: PageContent {
    /// One point of a question's scale, as a radio button.
    struct Point: Sendable {
        /// The radio's id: the first is the question's own, where the error summary leads.
        let id: String
        /// The question's id, the field's name.
        let name: String
        let value: String
        let label: String
        let checked: Bool
    }

    /// One question.
    struct Question: Sendable {
        let id: String
        let text: String
        let points: [Point]
        let error: String?
    }

    let questions: [Question]
    let comment: String
    /// Where the form posts.
    let action: String
    /// Answered already: the thanks instead of the form.
    let answered: Bool
    /// Entered by staff for the citizen.
    let assisted: Bool
    let errorSummary: ErrorSummary?
}
