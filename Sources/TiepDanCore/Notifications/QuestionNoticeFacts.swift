/// Everything a notice about a question may say, gathered inside the transaction that made the change.
public struct QuestionNoticeFacts: Sendable {
    public var kind: QuestionNoticeKind
    public var reference: String
    public var citizenName: String
    /// The sender's phone and e-mail, when they gave them.
    public var phone: String?
    public var email: String?
    /// The sender agreed to be messaged (`MessagingRule`).
    public var messagesConsent: Bool
    /// How they asked to hear back.
    public var replyChannel: ReplyChannel
    /// The tracking token, known only when the question is received: the link in that first notice opens it.
    public var token: String?
    /// The organisation that answers, and the legal due date (`dd/MM/yyyy`).
    public var organisationName: String
    public var due: String
    /// What the office asks, for a clarification request.
    public var note: String?

    /// Creates the facts.
    public init(
        kind: QuestionNoticeKind,
        reference: String,
        citizenName: String,
        phone: String?,
        email: String?,
        messagesConsent: Bool,
        replyChannel: ReplyChannel = .zalo,
        token: String?,
        organisationName: String,
        due: String,
        note: String? = nil
    ) {
        self.kind = kind
        self.reference = reference
        self.citizenName = citizenName
        self.phone = phone
        self.email = email
        self.messagesConsent = messagesConsent
        self.replyChannel = replyChannel
        self.token = token
        self.organisationName = organisationName
        self.due = due
        self.note = note
    }
}
