/// Booking, step 3: the citizen's details, each wrong field with its message.
struct BookingDetailsPage: PageContent {
    let session: SessionHeading
    /// The chosen time, absent for "the first free time".
    let slotTime: String?
    let form: BookingFormFields
    /// The hybrid session's choice, for the radio buttons and the answers to check.
    let attendsInPerson: Bool
    let attendsOnline: Bool
    let wantsWaitlist: Bool
    /// The citizen ticked the consent to be messaged.
    let wantsMessages: Bool
    /// How the citizen wants to hear back.
    let reply: ReplyChoice
    let errors: FormFieldSet<String>
    let focus: FormFieldSet<Bool>
    let errorSummary: ErrorSummary?
}
