import TiepDanCore

/// The navigation on every staff page: each place shown only to the roles its page lets in, so no one is offered a
/// link that refuses them. `StaffNavigationTests` holds each place's roles to its route's.
enum StaffNavigation {
    /// One place: the word that names it, where it is, and who may go there (empty: every signed-in account).
    struct Place: Sendable {
        let key: String
        let path: String
        let roles: Set<StaffRole>
    }

    /// One link as a page shows it.
    struct Link: Sendable {
        let label: String
        let href: String
        /// The page being shown is this place (or under it).
        let current: Bool
    }

    static let places: [Place] = [
        Place(key: "nav_dashboard", path: "/staff", roles: []),
        Place(key: "nav_schedule", path: "/organisations/{id}", roles: []),
        Place(key: "nav_questions", path: "/staff/questions", roles: [.secretariat, .leader, .officer]),
        Place(key: "nav_commitments", path: "/staff/commitments", roles: [.secretariat, .leader, .officer]),
        Place(key: "nav_register", path: "/staff/register", roles: [.secretariat, .leader]),
        Place(key: "nav_periodic_report", path: "/staff/reports/reception", roles: [.secretariat, .leader]),
        Place(key: "nav_documents", path: "/staff/documents/register", roles: [.secretariat]),
        Place(key: "nav_bulletins", path: "/staff/bulletins", roles: [.secretariat]),
        Place(key: "nav_reports", path: "/organisations/{id}/compliance", roles: [.secretariat, .leader]),
        Place(key: "nav_privacy", path: "/staff/privacy", roles: [.secretariat, .leader]),
        Place(key: "nav_accounts", path: "/staff/accounts", roles: [.admin]),
        Place(key: "nav_breaches", path: "/staff/breaches", roles: [.admin]),
        Place(key: "nav_own_account", path: "/staff/account", roles: []),
    ]

    /// The links `staff` may follow, in `language`, the one for `currentPath` marked.
    static func links(for staff: StaffUser, currentPath: String, words: Localization, _ language: Language) -> [Link] {
        // The schedule and report of the account's own organisation (the first it reads); an account that reads every
        // one starts from the list of organisations.
        let home = staff.readableOrganisations?.sorted().first
        return places.compactMap { place in
            guard place.roles.isEmpty || staff.hasAnyRole(place.roles) else { return nil }
            var href = place.path
            if href.contains("{id}") {
                href = home.map { href.replacingOccurrences(of: "{id}", with: $0) } ?? "/organisations"
            }
            let current = href == "/staff" ? currentPath == "/staff" : currentPath.hasPrefix(href)
            return Link(label: words.word(place.key, language), href: href, current: current)
        }
    }
}
