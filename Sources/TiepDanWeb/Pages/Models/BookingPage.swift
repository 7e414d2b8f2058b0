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
}
