import Hummingbird
import TiepDanOffice
import TiepDanStore

/// Finds who is signed in, from a bearer token or the session cookie. It never refuses a
/// request itself: `RequireRoleMiddleware` on each staff route does that.
struct StaffAuthMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let cookieName = "td_session"
    let sessions: StaffSessionRepository

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let token = Self.sessionToken(request), let resolved = try await sessions.resolve(tokenHash: SessionToken.hash(token)) {
            context.staff = resolved.user
            context.sessionCSRFToken = resolved.csrfToken
            context.staffAuthentication = Self.bearerToken(request) == nil ? .cookie : .bearer
        }
        if let staff = context.staff {
            context.logger[metadataKey: "staff"] = "\(staff.id)"
        }
        return try await next(request, context)
    }

    /// The token of an `Authorization: Bearer TOKEN` header, if any.
    static func bearerToken(_ request: Request) -> String? {
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return String(parts[1]).trimmingCharacters(in: .whitespaces)
    }

    /// The token of the session the request comes with: the bearer token, else the cookie's. Whatever acts on
    /// "this session" (sign-out, keeping it when the others end) reads it here.
    static func sessionToken(_ request: Request) -> String? {
        bearerToken(request) ?? cookieToken(request)
    }

    /// The token of the session cookie, if any.
    static func cookieToken(_ request: Request) -> String? {
        CookiePolicy.value(cookieName, in: request)
    }
}
