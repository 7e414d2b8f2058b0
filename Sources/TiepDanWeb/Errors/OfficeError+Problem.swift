import TiepDanOffice

extension OfficeError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .invalid(let issues): .invalid(issues)
        case .notFound(let detail): .notFound(detail)
        case .forbidden(let detail): .forbidden(detail)
        case .conflict(let detail, let field): .conflict(detail, field: field)
        case .badCredentials:
            Problem(
                .unauthorized,
                slug: "bad-credentials",
                title: "Sign-in failed",
                detail: "wrong user name or password",
                errors: [.init(field: "password", message: "wrong user name or password")]
            )
        case .tooManyAttempts(let wait): .tooManyRequests(retryAfter: wait)
        case .secondFactorRequired:
            Problem(
                .unauthorized,
                slug: "totp-required",
                title: "Second factor required",
                detail: "send the code of the authenticator app as `code` (or a recovery code)",
                errors: [.init(field: "code", message: "enter the six-digit code")]
            )
        }
    }
}
