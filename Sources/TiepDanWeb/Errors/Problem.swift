import Foundation
public import Hummingbird

/// An error a client can cause, answered as `application/problem+json` (RFC 9457).
public struct Problem: Error, HTTPResponseError, Sendable {
    /// One wrong field and what is wrong with it.
    public struct FieldError: Codable, Sendable, Equatable {
        /// The field's path in the request, e.g. `citizen.phone` or `representatives[0]`.
        public var field: String
        /// What is wrong, in words a person can act on.
        public var message: String

        /// Creates a field error.
        public init(field: String, message: String) {
            self.field = field
            self.message = message
        }
    }

    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// A short name for the kind of problem, used to build its `type`.
    public var slug: String
    /// A short human summary.
    public var title: String
    /// What happened in this instance.
    public var detail: String
    /// The fields at fault.
    public var errors: [FieldError]
    /// Extra headers, such as `Retry-After` or `WWW-Authenticate`.
    public var headers: HTTPFields

    /// Creates a problem.
    public init(
        _ status: HTTPResponse.Status, slug: String, title: String, detail: String,
        errors: [FieldError] = [], headers: HTTPFields = [:]
    ) {
        self.status = status
        self.slug = slug
        self.title = title
        self.detail = detail
        self.errors = errors
        self.headers = headers
    }

    private struct Body: Encodable {
        let type: String
        let title: String
        let status: Int
        let detail: String
        let errors: [FieldError]
    }

    /// The problem+json response.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = Body(type: "urn:tiepdan:problem:\(slug)", title: title, status: status.code, detail: detail, errors: errors)
        let data = try JSONCoding.encoder.encode(body)
        var headers = self.headers
        headers[.contentType] = "application/problem+json; charset=utf-8"
        headers[.contentLength] = String(data.count)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
