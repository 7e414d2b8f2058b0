/// The secretariat's day list of one reception session, the whole day on one page: who is booked, check-in from the
/// morning of the session, citizens who came without booking, the outcome of each visit, the receipt, the
/// commitments made, the session's documents, and marking it held (or postponing or cancelling it).
struct DayListPage: PageContent {
    /// One booking and its visit.
    struct Visit: Sendable {
        let reference: String
        /// The slot's start, "—" for a booking without a slot.
        let time: String
        let name: String
        let phone: String
        let idNumber: String?
        let address: String?
        let subject: String
        let summary: String?
        let groupSize: Int
        let representatives: String?
        /// In person or online, for a session held online in whole or part.
        let attendance: String?
        let status: String
        let isActive: Bool
        /// When the citizen was checked in, absent before.
        let checkedIn: String?
        let canCheckIn: Bool
        let outcome: String?
        let outcomeDetail: String?
        let handledBefore: String?
        let outcomes: [Choice]
        let categories: [Choice]
        /// What is wrong with the outcome just submitted for this visit.
        let errors: [String]
        /// What the citizen was told, and whether it arrived.
        let notices: [NoticeDelivery]
        /// Where the secretariat enters the visit's satisfaction survey for the citizen, once its outcome is recorded.
        let surveyEntry: String?
    }

    /// A commitment made in the session.
    struct Commitment: Sendable {
        let id: String
        let text: String
        let due: String
    }

    /// A leader or department who may own a commitment.
    struct Owner: Sendable {
        let id: String
        let name: String
    }

    let sessionID: String
    let title: String
    let organisationID: String
    let organisationName: String
    let location: String
    /// The online meeting's link, for the staff who run it.
    let joinURL: String?
    let when: String
    let status: String
    /// The session's day, for the register's links.
    let day: String
    let visits: [Visit]
    let checkedInPeople: Int
    let errorSummary: ErrorSummary?
    let commitments: [Commitment]
    let owners: [Owner]
    let canCommit: Bool
    let commitmentErrors: [String]
    /// What the last action did, shown once after its redirect.
    let notice: String?
    /// When check-in opens, while it is not yet open.
    let checkInOpensAt: String?
    /// The walk-in form: shown to the secretariat while check-in is open and the session not yet held.
    let canRegisterWalkIn: Bool
    let walkIn: BookingFormFields
    let walkInErrors: FormFieldSet<String>
    /// "Mark held": shown to the secretariat once the session has started, until it is held or cancelled.
    let canMarkHeld: Bool
    /// The organisation's leaders, those planned for the session ticked.
    let leaders: [Choice]
    /// Postpone and cancel: shown to the secretariat while the session is upcoming.
    let canChange: Bool
    /// What is wrong with the session form just posted (mark held, postpone, cancel), one line a field.
    let sessionErrors: [String]
}
