/// Writes the notices for a change; the store calls it inside the change's transaction, so a
/// change and its notices are committed together or not at all.
public protocol NoticeComposer: Sendable {
    /// The messages to send for a booking's `facts`: one per channel the citizen may be reached on.
    func notices(for facts: BookingNoticeFacts) -> [OutgoingNotice]
    /// The messages to send for a question's `facts`: one per channel the sender may be reached on.
    func notices(for facts: QuestionNoticeFacts) -> [OutgoingNotice]
    /// The message to staff for `facts`, on the staff channel.
    func notices(for facts: StaffNoticeFacts) -> [OutgoingNotice]
}
