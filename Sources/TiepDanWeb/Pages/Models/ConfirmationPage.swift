/// The step before an irreversible action: what will happen, a button that does it, and a way back. Nothing has
/// happened yet when this page shows.
struct ConfirmationPage: PageContent {
    let heading: String
    /// What the action will do, one consequence a line.
    let consequences: [String]
    /// Where the confirmed form posts: the same action as the first post.
    let action: String
    /// The first post's fields, posted again with `confirmed=yes`.
    let hidden: [HiddenField]
    let confirmLabel: String
    let backURL: String
}
