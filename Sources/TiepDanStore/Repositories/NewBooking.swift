public import TiepDanCore

/// A booking as asked for, validated by the caller.
public struct NewBooking: Sendable {
    public var sessionID: String
    public var slotID: String?
    public var name: String
    public var phone: String
    public var phoneKey: String
    public var email: String?
    public var idNumber: String?
    public var address: String?
    public var subject: String
    public var summary: String
    public var groupSize: Int
    public var representatives: [String]
    public var waitlist: Bool
    /// `web` for citizens; `hotline`, `in_person`... for staff entries.
    public var channel: String
    /// `citizen` or the staff user's id.
    public var createdBy: String
    /// SHA-256 of the secret token handed to the citizen.
    public var tokenHash: String
    /// In person or online (for a hybrid session, the citizen's choice).
    public var attendance: SessionMode
    /// What the citizen agreed to (`messages` is the only use a booking has), and the notice's version they read.
    public var consents: Set<ConsentPurpose>
    /// How the citizen asked to hear back.
    public var replyChannel: ReplyChannel
    public var consentVersion: String

    /// Creates the request.
    public init(
        sessionID: String,
        slotID: String?,
        name: String,
        phone: String,
        phoneKey: String,
        email: String?,
        idNumber: String?,
        address: String?,
        subject: String,
        summary: String,
        groupSize: Int,
        representatives: [String],
        waitlist: Bool,
        channel: String,
        createdBy: String,
        tokenHash: String,
        attendance: SessionMode = .inPerson,
        consents: Set<ConsentPurpose> = [],
        replyChannel: ReplyChannel = .zalo,
        consentVersion: String = PrivacyNotice.version
    ) {
        self.sessionID = sessionID
        self.slotID = slotID
        self.name = name
        self.phone = phone
        self.phoneKey = phoneKey
        self.email = email
        self.idNumber = idNumber
        self.address = address
        self.subject = subject
        self.summary = summary
        self.groupSize = groupSize
        self.representatives = representatives
        self.waitlist = waitlist
        self.channel = channel
        self.createdBy = createdBy
        self.tokenHash = tokenHash
        self.attendance = attendance
        self.consents = consents.filter { $0 == .messages }
        self.consentVersion = consentVersion
        self.replyChannel = replyChannel
    }
}
