/// `/bulletins`: the published bulletins, newest first, everyone's or one organisation's, with the Atom feed.
struct BulletinListPage: PageContent {
    /// One bulletin.
    struct Item: Sendable {
        let id: String
        let title: String
        let organisation: String
        let published: String
        let answers: Int
        /// A later bulletin corrects it.
        let corrected: Bool
    }

    let organisationName: String?
    let items: [Item]
}
