/// `/n/{reference}/{proof}`: the way out of messages a notice carries, and the way back to the case.
struct OptOutPage: PageContent {
    let reference: String
    /// A booking, whose changes the office still tells; else a question.
    let isBooking: Bool
    /// Messages still go: the button to stop them.
    let receiving: Bool
    /// When they were stopped, `dd/MM/yyyy`; absent when none were ever agreed to.
    let stoppedOn: String?
    /// Where the form posts: the link itself.
    let action: String
    /// The lookup page with the reference filled in.
    let lookup: String
}
