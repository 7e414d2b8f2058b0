/// The citizen's page for one question: where it stands, its history, the answer and the rating form.
struct QuestionTrackingPage: PageContent {
    /// One step of the question's history.
    struct Step: Sendable {
        let when: String
        let what: String
        /// The note staff left with the step, absent when there is none.
        let note: String?
    }

    /// A consent the citizen gave, and whether it still stands.
    struct Consent: Sendable {
        let purpose: String
        let label: String
        let given: String
        /// When it was withdrawn; absent while it stands (and the page offers to withdraw it).
        let withdrawn: String?
    }
    let reference: String
    let token: String
    /// Just sent: the page confirms the reference.
    let isNew: Bool
    let status: String
    let category: String
    let subject: String
    let text: String
    /// Shown while the question is open.
    let due: String?
    let history: [Step]
    /// The published answer (the answer of the question it was merged into, for a merged one).
    let answer: String?
    let canRate: Bool
    /// The satisfaction survey of the answered question, anonymous, once published.
    let surveyURL: String?
    /// The score given, once rated.
    let rating: String?
    let ratingError: Bool
    let supporters: Int
    /// The question it was merged into, absent for one never merged.
    let mergedInto: String?
    /// What the office asked the citizen to clarify, while it waits for the answer.
    let clarificationRequest: String?
    /// The clarification sent was empty or too long.
    let clarificationError: Bool
    /// What the citizen agreed to; empty when nothing was.
    let consents: [Consent]
    let hasConsents: Bool
    /// Sealed as sensitive: the asker reads their own words, told that only the handlers do too.
    let sensitive: Bool
}
