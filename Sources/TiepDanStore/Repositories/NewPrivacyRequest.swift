public import TiepDanCore

/// A request as filed, checked by the caller, with its clocks computed.
public struct NewPrivacyRequest: Sendable {
    public var organisationID: String
    public var kind: PrivacyRequestKind
    public var subject: ConsentSubject
    public var detail: String?
    public var channel: String
    public var filedBy: String
    public var acknowledgeBy: CivilDate
    public var dueDate: CivilDate

    /// Creates the request.
    public init(
        organisationID: String,
        kind: PrivacyRequestKind,
        subject: ConsentSubject,
        detail: String?,
        channel: String,
        filedBy: String,
        acknowledgeBy: CivilDate,
        dueDate: CivilDate
    ) {
        self.organisationID = organisationID
        self.kind = kind
        self.subject = subject
        self.detail = detail
        self.channel = channel
        self.filedBy = filedBy
        self.acknowledgeBy = acknowledgeBy
        self.dueDate = dueDate
    }
}
