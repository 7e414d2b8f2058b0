/// `/organisations`: finding one organisation among thousands, by search (diacritics optional) or by province, then
/// commune.
struct OrganisationListPage: PageContent {
    /// One organisation, linking to its schedule.
    struct Item: Sendable {
        let id: String
        let name: String
        /// Whether it has organisations under it to list (a province).
        let hasChildren: Bool
    }

    /// What was searched for, as typed.
    let query: String
    /// The province whose communes are listed, when one is chosen.
    let parentName: String?
    let items: [Item]
    /// A search that found nothing.
    let nothingFound: Bool
}
