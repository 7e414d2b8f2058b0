import Foundation
public import Hummingbird
public import TiepDanOffice

/// An error a client can cause, answered as `application/problem+json` (RFC 9457).
public struct Problem: Error, HTTPResponseError, Sendable {
    /// One wrong field and what is wrong with it: the office's own `FieldIssue`.
    public typealias FieldError = FieldIssue

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
    /// Extension members (RFC 9457 §3.2), such as the `reference` of an existing booking.
    public var extensions: [String: String] = [:]

    /// Creates a problem.
    public init(
        _ status: HTTPResponse.Status,
        slug: String,
        title: String,
        detail: String,
        errors: [FieldError] = [],
        headers: HTTPFields = [:]
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
        let extensions: [String: String]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for (name, value) in extensions { try container.encode(value, forKey: Key(name)) }
            try container.encode(type, forKey: Key("type"))
            try container.encode(title, forKey: Key("title"))
            try container.encode(status, forKey: Key("status"))
            try container.encode(detail, forKey: Key("detail"))
            try container.encode(errors, forKey: Key("errors"))
        }

        struct Key: CodingKey {
            let stringValue: String
            var intValue: Int? { nil }
            init(_ name: String) { stringValue = name }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
    }

    /// The problem+json response.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = Body(
            type: "urn:tiepdan:problem:\(slug)",
            title: title,
            status: status.code,
            detail: detail,
            errors: errors,
            extensions: extensions
        )
        let data = try JSONCoding.encoder.encode(body)
        var headers = self.headers
        headers[.contentType] = "application/problem+json; charset=utf-8"
        headers[.contentLength] = String(data.count)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
