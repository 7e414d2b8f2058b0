/// A request about personal data as it is filed: the JSON body of `POST /api/v1/privacy/requests`. A citizen names a
/// booking's or question's reference with its token; staff name the reference after checking the citizen's identity
/// paper at the desk.
public struct PrivacyRequestFiling: Decodable, Sendable {
    /// `access`, `correct`, `delete`, `restrict`, `object` or `withdraw_consent`.
    public let kind: String
    public let reference: String
    public let token: String?
    /// What to correct, which consent, why the citizen objects.
    public let detail: String?
    /// Staff only: the identity paper was checked against the booking's or question's sender.
    public let identityChecked: Bool?

    /// Creates a filing.
    public init(kind: String, reference: String, token: String?, detail: String?, identityChecked: Bool? = nil) {
        self.kind = kind
        self.reference = reference
        self.token = token
        self.detail = detail
        self.identityChecked = identityChecked
    }
}
