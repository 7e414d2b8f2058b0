/// The citizen's booking, reached with its token: the confirmation just after booking, the calendar
/// file, and the cancel button.
struct BookingPage: PageContent {
    let reference: String
    let token: String
    let tokenQuery: String
    let isNew: Bool
    let status: String
    let isWaitlisted: Bool
    let isCancelled: Bool
    let canCancel: Bool
    let session: SessionHeading
    let time: String
    let name: String
    let subject: String
    /// In person or online, in words.
    let attendance: String
    /// The online meeting's link: only on a confirmed booking that attends online, never anywhere public.
    let joinURL: String?
    /// The citizen's consent to be messaged is in force, with the form to withdraw it.
    let messagesConsent: Bool
}
