/// A session as the booking pages name it at their top.
struct SessionHeading: Sendable {
    let id: String
    let title: String
    let when: String
    let location: String
    let organisationID: String
    let organisation: String
    /// How it is held, in words (in person, online, or both).
    let mode: String
    /// Citizens choose in person or online when booking.
    let isHybrid: Bool
    /// Held online in whole or part, and so recorded: citizens are told before they book.
    let isRecorded: Bool
}
