/// One optional use a citizen may agree to, as a checkbox that is never ticked for them (`ConsentPurpose`).
struct ConsentChoice: Sendable {
    /// The form field: `publish_consent`, `broadcast_consent`, `messages_consent`.
    let field: String
    /// What the citizen agrees to, in the page's language.
    let label: String
    /// The short form for check your answers.
    let shortLabel: String
    /// Ticked by the citizen on an earlier step.
    let checked: Bool
}
