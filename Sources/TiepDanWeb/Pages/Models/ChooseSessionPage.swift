/// Booking, step 1: an organisation, then one of its sessions that still take bookings.
struct ChooseSessionPage: PageContent {
    /// A session to choose.
    struct Session: Sendable {
        let id: String
        let title: String
        let when: String
        let location: String
        let free: Int
        let isFull: Bool
        /// The receiving leaders, absent when the schedule names none.
        let leaders: String?
        let isMoved: Bool
    }

    let organisations: [Choice]
    /// The organisation chosen, absent before one is.
    let organisationName: String?
    let sessions: [Session]
    let hasSessions: Bool
}
