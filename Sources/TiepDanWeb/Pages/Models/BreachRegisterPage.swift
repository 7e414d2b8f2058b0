/// The register of personal data breaches in the browser, for system administrators: each breach with its 72-hour clock,
/// a link to the notice and the form to record that it was reported, and the form to record a new one.
struct BreachRegisterPage: PageContent {
    /// One breach.
    struct Row: Sendable {
        let id, organisation, discovered, reportBy, dataKinds: String
        let peopleAffected: Int
        /// A `DueState` (due soon within its last 24 hours) while unreported; `closed` once reported.
        let dueState: String
        /// "31 giờ còn lại" / "quá hạn 5 giờ", or when and how it was reported.
        let clockLabel: String
        let reported: Bool
    }
    let rows: [Row]
    /// The next page of the register, when there is one.
    let nextURL: String?
    /// The new breach form as sent, kept when it is refused.
    let form: [String: String]
    /// A message for each wrong field, by the form's input names.
    let errors: [String: String]
    let errorSummary: ErrorSummary?
}
