import Foundation
public import Hummingbird
public import TiepDanCore

/// What tiepdan knows about one request as it passes through middleware to its route.
public struct AppRequestContext: RequestContext {
    /// Hummingbird's own per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The signed-in staff member, when there is one.
    public var staff: StaffUser?
    /// How the staff member proved who they are.
    public var staffAuthentication: StaffAuthentication?
    /// The signed-in session's anti-forgery token.
    public var sessionCSRFToken: String?
    /// The client's address, the key for rate limits.
    public var clientAddress: String

    /// Builds the context for a new request.
    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.clientAddress = source.channel.remoteAddress?.ipAddress ?? "local"
    }

    /// JSON bodies are small; anything larger is refused with 413 before it is parsed.
    public var maxUploadSize: Int { 1 << 20 }

    /// Responses use the contract's snake_case field names.
    public var responseEncoder: JSONEncoder { JSONCoding.encoder }

    /// Requests use the contract's snake_case field names.
    public var requestDecoder: JSONDecoder { JSONCoding.decoder }
}

/// The two ways staff sign in, which decide whether forms need an anti-forgery token.
public enum StaffAuthentication: Sendable {
    /// `Authorization: Bearer ...` from API clients: browsers never send it by themselves.
    case bearer
    /// The browser's session cookie: every unsafe request must carry the CSRF token.
    case cookie
}
