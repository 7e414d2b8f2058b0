/// A booking as a citizen or the secretariat asks for it: the body of `POST /api/v1/bookings` and
/// what the citizen's booking pages fill in.
public struct BookingRequest: Decodable, Sendable {
    /// Who comes, and how to reach them.
    public struct Citizen: Decodable, Sendable {
        public let name: String
        public let phone: String?
        public let email: String?
        public let idNumber: String?
        public let address: String?

        /// Creates the citizen's details.
        public init(name: String, phone: String?, email: String?, idNumber: String?, address: String?) {
            self.name = name
            self.phone = phone
            self.email = email
            self.idNumber = idNumber
            self.address = address
        }
    }

    public let sessionId: String
    /// The slot wanted; absent takes the first free one.
    public let slotId: String?
    public let citizen: Citizen
    public let subject: String
    public let summary: String?
    public let groupSize: Int?
    public let representatives: [String]?
    /// Join the waiting list when the session is full.
    public let waitlist: Bool?
    /// How it came in; the secretariat's only, citizens' are `web`.
    public let channel: String?
    /// `in_person` or `online`: the citizen's choice for a hybrid session (an in-person or online one needs none).
    public let attend: String?
    /// The citizen's act of agreeing to be messaged (confirmations, reminders) by SMS or e-mail; absent or false is no.
    public let messagesConsent: Bool?
    /// How the citizen wants to hear back (`ReplyChannel`: `zalo`, `sms`, `email`); absent is Zalo on the phone.
    public let replyChannel: String?

    /// Creates a request.
    public init(
        sessionId: String,
        slotId: String?,
        citizen: Citizen,
        subject: String,
        summary: String?,
        groupSize: Int?,
        representatives: [String]?,
        waitlist: Bool?,
        channel: String?,
        attend: String? = nil,
        messagesConsent: Bool? = nil,
        replyChannel: String? = nil
    ) {
        self.sessionId = sessionId
        self.slotId = slotId
        self.citizen = citizen
        self.subject = subject
        self.summary = summary
        self.groupSize = groupSize
        self.representatives = representatives
        self.waitlist = waitlist
        self.channel = channel
        self.attend = attend
        self.messagesConsent = messagesConsent
        self.replyChannel = replyChannel
    }
}
