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
        }
    }
}
