/// One message to one recipient, composed in full before it is queued, so the outbox holds
/// exactly what will be sent however the data changes afterwards.
public struct OutgoingNotice: Sendable, Equatable {
    public var channel: NoticeChannel
    /// An e-mail address or a phone number.
    public var recipient: String
    public var subject: String
    public var body: String
    /// An attached file, such as the booking's `.ics`.
    public var attachment: NoticeAttachment?
    /// What the notice is about, for staff views and the audit trail (`booking`, `TD-2026-000123`).
    public var aboutKind: String
    public var aboutID: String
    /// The notice's kind (`booking-confirmed`), and the fields its Zalo template takes: a text message may go as a Zalo
    /// notice instead, which carries fields for a template approved in advance, not free text.
    public var kind: String?
    public var templateData: [String: String]

    /// Creates a notice.
    public init(
        channel: NoticeChannel,
        recipient: String,
        subject: String,
        body: String,
        attachment: NoticeAttachment? = nil,
        aboutKind: String,
        aboutID: String,
        kind: String? = nil,
        templateData: [String: String] = [:]
    ) {
        self.channel = channel
        self.recipient = recipient
        self.subject = subject
        self.body = body
        self.attachment = attachment
        self.aboutKind = aboutKind
        self.aboutID = aboutID
        self.kind = kind
        self.templateData = templateData
    }
}
