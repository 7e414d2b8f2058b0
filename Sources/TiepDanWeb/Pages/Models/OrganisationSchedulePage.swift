/// The public schedule of one organisation, week by week.
struct OrganisationSchedulePage: PageContent {
    /// One week, from its Monday.
    struct Week: Sendable {
        let label: String
        let sessions: [Session]
    }

    /// One session as the public sees it.
    struct Session: Sendable {
        let id: String
        let title: String
        let day: String
        let hours: String
        /// The receiving leaders, absent when the schedule names none.
        let leaders: String?
        let location: String
        let isRadio: Bool
        /// The announced topics, absent when there are none.
        let topics: String?
        let status: String
        let isCancelled: Bool
        /// The day it was moved from, absent for a session never moved.
        let movedFrom: String?
        /// Why it was moved or cancelled, absent when no reason was given.
        let reason: String?
        let isBookable: Bool
        /// The seats still free, shown while it takes bookings; "0" when only the waiting list is left.
        let seatsLeft: String?
        let isFull: Bool
    }

    let organisationID: String
    let organisationName: String
    let weeks: [Week]
}
