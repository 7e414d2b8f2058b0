import Foundation

/// Everything a notice about a booking may say, gathered inside the transaction that made the change.
public struct BookingNoticeFacts: Sendable {
    public var change: BookingChange
    public var reference: String
    public var citizenName: String
    public var phone: String
    public var email: String?
    /// The session after the change.
    public var session: ScheduledSession
    /// The booking's own slot after the change, when it holds one.
    public var slotStartsAt: Date?
    public var slotEndsAt: Date?
    /// When the session was to start before a postponement.
    public var previousStartsAt: Date?
    /// Why, as staff recorded it.
    public var reason: String?
    /// The organisation's time zone, for the times in the text.
    public var timeZone: TimeZone
    /// The citizen agreed to be messaged (`MessagingRule`).
    public var messagesConsent: Bool
    /// How they asked to hear back.
    public var replyChannel: ReplyChannel
    /// The booking's token, known only when it is made: the link in the confirmation opens the booking's page.
    public var token: String?
    /// The online meeting's link, for a confirmed booking that attends online (`BookingRecord.joinLink(in:)`).
    public var joinLink: String?

    /// Creates the facts.
    public init(
        change: BookingChange,
        reference: String,
        citizenName: String,
        phone: String,
        email: String?,
        session: ScheduledSession,
        slotStartsAt: Date?,
        slotEndsAt: Date?,
        previousStartsAt: Date?,
        reason: String?,
        timeZone: TimeZone,
        messagesConsent: Bool = false,
        replyChannel: ReplyChannel = .zalo,
        token: String? = nil,
        joinLink: String? = nil
    ) {
        self.change = change
        self.reference = reference
        self.citizenName = citizenName
        self.phone = phone
        self.email = email
        self.session = session
        self.slotStartsAt = slotStartsAt
        self.slotEndsAt = slotEndsAt
        self.previousStartsAt = previousStartsAt
        self.reason = reason
        self.timeZone = timeZone
        self.messagesConsent = messagesConsent
        self.replyChannel = replyChannel
        self.token = token
        self.joinLink = joinLink
    }
}
