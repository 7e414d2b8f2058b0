/// `/`: what the service is, the next sessions anywhere, and every organisation.
struct HomePage: PageContent {
    /// One coming session.
    struct Session: Sendable {
        let title: String
        let when: String
        let organisationID: String
        let organisation: String
        let location: String
    }

    /// One organisation with a schedule.
    struct Organisation: Sendable {
        let id: String
        let name: String
    }

    let sessions: [Session]
    let organisations: [Organisation]
}
