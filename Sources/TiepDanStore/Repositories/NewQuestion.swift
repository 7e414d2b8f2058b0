public import TiepDanCore

/// A question as submitted, validated by the caller. A denouncer's identity comes sealed
/// (`sealedIdentity`), with the clear fields nil: the store never sees it in the clear.
public struct NewQuestion: Sendable {
    public var organisationID: String
    public var sessionID: String?
    public var category: CaseCategory
    /// `web` for citizens; `hotline`, `mailbox`, `facebook`... for staff entries.
    public var channel: String
    public var subject: String
    public var text: String
    public var name: String?
    public var phone: String?
    public var email: String?
    public var address: String?
    /// The sender's identity paper, when given (never in the clear for a denouncer: it is in the seal).
    public var identification: PersonalIdentification?
    public var sealedIdentity: String?
    /// The optional uses the citizen agreed to; those the category cannot carry (`ConsentPurpose.applies(to:)`) are
    /// never recorded (`kept`).
    public var consents: Set<ConsentPurpose>
    /// How the sender asked to hear back.
    public var replyChannel: ReplyChannel
    /// The version of the notice and consent wording the citizen was shown (`PrivacyNotice.version`).
    public var consentVersion: String
    /// The legal due date computed from the category's rule.
    public var dueDate: CivilDate
    /// `citizen` or the staff user's id.
    public var createdBy: String
    public var tokenHash: String

    /// Creates the request.
    public init(
        organisationID: String,
        sessionID: String?,
        category: CaseCategory,
        channel: String,
        subject: String,
        text: String,
        name: String?,
        phone: String?,
        email: String?,
        address: String?,
        identification: PersonalIdentification? = nil,
        sealedIdentity: String?,
        consents: Set<ConsentPurpose> = [],
        replyChannel: ReplyChannel = .zalo,
        consentVersion: String = PrivacyNotice.version,
        dueDate: CivilDate,
        createdBy: String,
        tokenHash: String
    ) {
        self.organisationID = organisationID
        self.sessionID = sessionID
        self.category = category
        self.channel = channel
        self.subject = subject
        self.text = text
        self.name = name
        self.phone = phone
        self.email = email
        self.address = address
        self.identification = identification
        self.sealedIdentity = sealedIdentity
        self.consents = consents
        self.replyChannel = replyChannel
        self.consentVersion = consentVersion
        self.dueDate = dueDate
        self.createdBy = createdBy
        self.tokenHash = tokenHash
    }

    /// The consents the category can carry: what is stored.
    var kept: Set<ConsentPurpose> { consents.filter { $0.applies(to: category) } }

    /// Consent to publish, as the question's row keeps it.
    var publishConsent: Bool { kept.contains(.publish) }

    /// Consent to read it on air, as the question's row keeps it.
    var broadcastConsent: Bool { kept.contains(.broadcast) }
}
