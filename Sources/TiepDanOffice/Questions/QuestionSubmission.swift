public import TiepDanCore

/// A question, feedback, petition, complaint or denunciation as a citizen or the secretariat sends it,
/// before it is checked: the JSON body of `POST /api/v1/questions` and what the citizen's form fills in.
public struct QuestionSubmission: Decodable, Sendable {
    /// Who sent it and how to reach them.
    public struct Citizen: Decodable, Sendable {
        public let name: String
        public let phone: String?
        public let email: String?
        public let address: String?
        /// `cccd` (the default), `cmnd`, `passport` or `other`.
        public let idType: String?
        /// The identity paper's number: required, with the address, of whoever complains, denounces or petitions.
        public let idNumber: String?

        /// Creates the sender's details.
        public init(name: String, phone: String?, email: String?, address: String?, idType: String? = nil, idNumber: String? = nil) {
            self.name = name
            self.phone = phone
            self.email = email
            self.address = address
            self.idType = idType
            self.idNumber = idNumber
        }
    }

    public let organisationId: String
    public let sessionId: String?
    public let category: String
    public let subject: String?
    public let text: String
    public let citizen: Citizen
    /// The citizen's own choices, each unticked unless the citizen ticks it: publish the question and its answer, read
    /// it on air, send messages about it.
    public let publishConsent: Bool?
    public let broadcastConsent: Bool?
    public let messagesConsent: Bool?
    /// How the sender wants to hear back (`ReplyChannel`: `zalo`, `sms`, `email`); absent is Zalo on the phone given,
    /// else e-mail.
    public let replyChannel: String?
    /// How it came in; the secretariat's only, citizens' are `web`.
    public let channel: String?
    /// The form's honeypot: people never see it, robots fill it.
    public let website: String?

    /// The uses the citizen agreed to.
    public var consents: Set<ConsentPurpose> {
        var given: Set<ConsentPurpose> = []
        if publishConsent == true { given.insert(.publish) }
        if broadcastConsent == true { given.insert(.broadcast) }
        if messagesConsent == true { given.insert(.messages) }
        return given
    }

    /// Creates a submission.
    public init(
        organisationId: String,
        sessionId: String?,
        category: String,
        subject: String?,
        text: String,
        citizen: Citizen,
        publishConsent: Bool?,
        broadcastConsent: Bool? = nil,
        messagesConsent: Bool? = nil,
        replyChannel: String? = nil,
        channel: String?,
        website: String?
    ) {
        self.organisationId = organisationId
        self.sessionId = sessionId
        self.category = category
        self.subject = subject
        self.text = text
        self.citizen = citizen
        self.publishConsent = publishConsent
        self.broadcastConsent = broadcastConsent
        self.messagesConsent = messagesConsent
        self.replyChannel = replyChannel
        self.channel = channel
        self.website = website
    }
}
