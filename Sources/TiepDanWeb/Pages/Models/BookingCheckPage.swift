/// Booking, step 4: check your answers, each with a link to change it, then send.
struct BookingCheckPage: PageContent {
    let session: SessionHeading
    let slotTime: String
    let form: BookingFormFields
    /// The hybrid session's choice, for the radio buttons and the answers to check.
    let attendsInPerson: Bool
    let attendsOnline: Bool
    /// The group's size, 1 when the citizen left it blank.
    let groupSize: String
    let representatives: [String]
    let wantsWaitlist: Bool
    /// The citizen ticked the consent to be messaged.
    let wantsMessages: Bool
    /// How the citizen wants to hear back.
    let reply: ReplyChoice
    let hidden: [HiddenField]
    let errorSummary: ErrorSummary?
}
