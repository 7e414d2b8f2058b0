/// A session as the booking pages name it at their top.
struct SessionHeading: Sendable {
    let id: String
    let title: String
    let when: String
    let location: String
    let organisationID: String
    let organisation: String
}
