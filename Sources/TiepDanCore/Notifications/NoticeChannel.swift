/// How a notice reaches a person.
public enum NoticeChannel: String, Sendable, Codable, CaseIterable {
    /// An e-mail, which can carry a calendar file.
    case email
    /// A text message to a phone: short, no attachment.
    case sms
    /// A message to a staff member, a leader or a department, named by id in the recipient.
    case staff
}
