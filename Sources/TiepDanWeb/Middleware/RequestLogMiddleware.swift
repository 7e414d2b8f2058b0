import HTTPTypes
import Hummingbird

/// Logs each request once, with its id, status and duration, and returns the id to the client
/// as `X-Request-Id` so a citizen's complaint can be matched to the log line.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        var response = try await next(request, context)
        response.headers[.requestID] = context.id
        let milliseconds = (ContinuousClock.now - started).seconds * 1000
        context.logger.info(
            "request",
            metadata: [
                "method": "\(request.method)",
                // The path only: query strings may carry tracking tokens.
                "path": "\(request.uri.path)",
                "status": "\(response.status.code)",
                "ms": "\(Int(milliseconds.rounded()))",
            ]
        )
        return response
    }
}

extension HTTPField.Name {
    /// `X-Request-Id`, the id Hummingbird gives each request.
    static let requestID = HTTPField.Name("X-Request-Id")!
    /// `X-CSRF-Token`, the anti-forgery token for cookie-authenticated JSON requests.
    static let csrfToken = HTTPField.Name("X-CSRF-Token")!
    /// `X-Tracking-Token`, the secret that opens a citizen's own booking or question.
    static let trackingToken = HTTPField.Name("X-Tracking-Token")!
    /// `X-Frame-Options`, which stops other sites framing our pages.
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    /// `Referrer-Policy`, which keeps tracking links from leaking to other sites.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    /// `X-Forwarded-For`, the chain of addresses a reverse proxy saw.
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
    /// `Forwarded` (RFC 7239), the standard form of the same.
    static let forwarded = HTTPField.Name("Forwarded")!
    /// `X-Forwarded-Proto`, the scheme the client used in front of the proxy.
    static let xForwardedProto = HTTPField.Name("X-Forwarded-Proto")!
}
