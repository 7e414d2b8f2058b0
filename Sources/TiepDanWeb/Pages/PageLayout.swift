/// What the shared header and footer show around every page: its language and words, the window's
/// title, the switch to the other language, the signed-in staff member, and the form's CSRF token.
struct PageLayout: Sendable {
    /// The signed-in staff member, as the header names them.
    struct Staff: Sendable {
        let username: String
        let roles: String
        /// The staff navigation, shown by role.
        let navigation: [StaffNavigation.Link]
    }

    let lang: String
    /// The words of the page's language, as `t.KEY`.
    let t: [String: String]
    let pageTitle: String
    let switchURL: String
    let switchLabel: String
    let switchLang: String
    let staff: Staff?
    let csrf: String?
}
