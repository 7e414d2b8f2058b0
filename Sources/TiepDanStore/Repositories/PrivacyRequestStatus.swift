/// Where a citizen's request about their data stands.
public enum PrivacyRequestStatus: String, Sendable, Codable {
    /// Filed; the clocks run.
    case open
    /// Carried out.
    case done
    /// Refused, with the legal reason.
    case refused
}
