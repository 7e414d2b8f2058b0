/// Why the office will not do what was asked: the services throw these, and the web answers each
/// with its problem+json in one place.
public enum OfficeError: Error, Equatable, Sendable {
    /// Fields that are not acceptable.
    case invalid([FieldIssue])
    /// Nothing of that name that the asker may know of.
    case notFound(String)
    /// The asker's roles or scope do not allow it.
    case forbidden(String)
    /// The state of things forbids it now, with the field it concerns, if any.
    case conflict(String, field: String? = nil)
    /// A user name and password that do not match.
    case badCredentials
    /// The password is right and the account has a second factor: its code is needed too.
    case secondFactorRequired
    /// Too many attempts; the asker may try again after so many seconds.
    case tooManyAttempts(retryAfter: Int)

    /// One field that is not acceptable.
    public static func invalid(field: String, _ message: String) -> OfficeError {
        .invalid([FieldIssue(field: field, message: message)])
    }
}
