import Hummingbird
import TiepDanCore
import TiepDanOffice

/// Refuses forged form posts and cookie-authenticated writes (403).
///
/// A signed-in browser must echo its session's token: as the `_csrf` field of a form or the
/// `X-CSRF-Token` header of a script. Before sign-in (the login form) the token is a random
/// cookie echoed in the form (double submit). Bearer requests and anonymous JSON carry no
/// ambient credential, so they need none.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let cookieName = "td_csrf"
    static let fieldName = "_csrf"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard ![.get, .head, .options].contains(request.method), context.staffAuthentication != .bearer else {
            return try await next(request, context)
        }
        var request = request
        let isForm = (request.headers[.contentType] ?? "").lowercased().hasPrefix("application/x-www-form-urlencoded")
        let presented: String?
        if isForm {
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            presented = Self.formField(Self.fieldName, in: String(buffer: body))
        } else if context.staffAuthentication == .cookie {
            presented = request.headers[.csrfToken]
        } else {
            return try await next(request, context)
        }
        let expected = context.sessionCSRFToken ?? CookiePolicy.value(Self.cookieName, in: request)
        guard let presented, let expected, SessionToken.equalInConstantTime(presented, expected) else {
            throw Problem.forbidden("the form has expired or did not come from this site; reload the page and try again")
        }
        return try await next(request, context)
    }

    /// The token for an anonymous form, reusing the visitor's cookie or making a new one.
    static func anonymousToken(_ request: Request, cookies: CookiePolicy) -> (token: String, cookie: Cookie?) {
        if let existing = CookiePolicy.value(cookieName, in: request), existing.count == 64 {
            return (existing, nil)
        }
        let token = SecureRandom.hex(bytes: 32)
        return (token, cookies.cookie(cookieName, value: token, sameSite: .strict))
    }

    static func formField(_ name: String, in body: String) -> String? {
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.first.map(String.init)?.removingPercentEncoding == name {
                return parts.count > 1 ? String(parts[1]).replacingOccurrences(of: "+", with: " ").removingPercentEncoding : ""
            }
        }
        return nil
    }
}
