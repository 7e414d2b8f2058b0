import Hummingbird

extension Problem {
    /// The body could not be read as the request it should be (400).
    public static func malformed(field: String, _ message: String) -> Problem {
        Problem(
            .badRequest,
            slug: "malformed-request",
            title: "Malformed request",
            detail: "\(field): \(message)",
            errors: [.init(field: field, message: message)]
        )
    }

    /// Fields that were read but are not acceptable (422).
    public static func invalid(_ errors: [FieldError]) -> Problem {
        Problem(
            .unprocessableContent,
            slug: "invalid-fields",
            title: "Invalid fields",
            detail: errors.map { "\($0.field): \($0.message)" }.joined(separator: "; "),
            errors: errors
        )
    }

    /// One field that is not acceptable (422).
    public static func invalid(field: String, _ message: String) -> Problem {
        invalid([FieldError(field: field, message: message)])
    }

    /// Nothing lives at this address (404).
    public static func notFound(_ detail: String) -> Problem {
        Problem(.notFound, slug: "not-found", title: "Not found", detail: detail)
    }

    /// No valid sign-in came with a request that needs one (401).
    public static var unauthenticated: Problem {
        Problem(
            .unauthorized,
            slug: "unauthenticated",
            title: "Sign-in required",
            detail: "this needs a staff sign-in: send Authorization: Bearer TOKEN",
            headers: [.wwwAuthenticate: "Bearer"]
        )
    }

    /// The account must choose a new password before anything else (403): after a reset, or at the first start.
    /// An organisation of the account requires a second factor, and none is enrolled yet.
    public static var secondFactorEnrolmentRequired: Problem {
        Problem(
            .forbidden,
            slug: "second-factor-enrolment-required",
            title: "Second factor required",
            detail: "your organisation requires an authenticator app: POST /api/v1/auth/totp, then POST /api/v1/auth/totp/confirm {code}"
        )
    }

    public static var passwordChangeRequired: Problem {
        Problem(
            .forbidden,
            slug: "password-change-required",
            title: "Password change required",
            detail: "choose a new password first: POST /api/v1/auth/password {current_password, new_password}"
        )
    }

    /// The signed-in user's roles do not allow this (403).
    public static func forbidden(_ detail: String) -> Problem {
        Problem(.forbidden, slug: "forbidden", title: "Forbidden", detail: detail)
    }

    /// The state of things forbids it (409).
    public static func conflict(_ detail: String, field: String? = nil) -> Problem {
        Problem(
            .conflict,
            slug: "conflict",
            title: "Conflict",
            detail: detail,
            errors: field.map { [FieldError(field: $0, message: detail)] } ?? []
        )
    }

    /// The client must slow down (429), with the seconds to wait.
    public static func tooManyRequests(retryAfter seconds: Int) -> Problem {
        Problem(
            .tooManyRequests,
            slug: "rate-limited",
            title: "Too many requests",
            detail: "too many requests from this client; try again in \(seconds) seconds",
            headers: [.retryAfter: String(seconds)]
        )
    }

    /// The body is larger than this endpoint accepts (413).
    public static func tooLarge(limit: Int) -> Problem {
        Problem(
            .contentTooLarge,
            slug: "too-large",
            title: "Request body too large",
            detail: "the body may be at most \(limit) bytes",
            errors: [.init(field: "body", message: "larger than \(limit) bytes")]
        )
    }
}
