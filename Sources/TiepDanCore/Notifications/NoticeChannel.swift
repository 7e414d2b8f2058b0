/// How a notice reaches a person.
public enum NoticeChannel: String, Sendable, Codable, CaseIterable {
    /// An e-mail, which can carry a calendar file.
    case email
    /// A text message to a phone: short, no attachment.
    case sms
    /// A Zalo notice (ZNS) to a phone, from a template approved in advance; a text message instead when the number has
    /// no Zalo, the kind no template, or the office no Zalo account.
    case zalo
    /// A message to a staff member, a leader or a department, named by id in the recipient.
    case staff
}
