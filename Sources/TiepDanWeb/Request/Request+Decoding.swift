import Foundation
public import Hummingbird
import NIOCore

extension Request {
    /// Decodes a JSON body, turning every decoding failure into a problem that names the field.
    public func decodeJSON<T: Decodable>(_ type: T.Type, context: AppRequestContext) async throws -> T {
        let mediaType = headers[.contentType].flatMap(MediaType.init(from:))
        guard mediaType.map({ $0.isType(.applicationJson) || $0.subType.hasSuffix("+json") }) ?? true else {
            throw Problem(
                .unsupportedMediaType,
                slug: "unsupported-media-type",
                title: "Unsupported media type",
                detail: "send the body as application/json",
                errors: [.init(field: "body", message: "must be application/json")]
            )
        }
        let buffer = try await collectLimited(context: context)
        guard buffer.readableBytes > 0 else {
            throw Problem.malformed(field: "body", "a JSON object is required")
        }
        do {
            return try context.requestDecoder.decode(T.self, from: buffer)
        } catch let error as DecodingError {
            throw Problem.from(error)
        }
    }

    /// Decodes an HTML form body (`application/x-www-form-urlencoded`).
    public func decodeForm<T: Decodable>(_ type: T.Type, context: AppRequestContext) async throws -> T {
        let buffer = try await collectLimited(context: context)
        do {
            return try URLEncodedFormDecoder().decode(T.self, from: String(buffer: buffer))
        } catch let error as DecodingError {
            throw Problem.from(error)
        }
    }

    /// The whole body, or 413 when it is larger than the context allows.
    func collectLimited(context: AppRequestContext) async throws -> ByteBuffer {
        do {
            return try await body.collect(upTo: context.maxUploadSize)
        } catch is NIOTooManyBytesError {
            throw Problem.tooLarge(limit: context.maxUploadSize)
        }
    }
}

extension Problem {
    /// A decoding failure, told in terms of the request's own (snake_case) field names.
    static func from(_ error: DecodingError) -> Problem {
        switch error {
        case .keyNotFound(let key, let context):
            return .malformed(field: FieldPath.format(context.codingPath + [key]), "is required")
        case .valueNotFound(_, let context):
            return .malformed(field: FieldPath.format(context.codingPath), "is required")
        case .typeMismatch(let type, let context):
            return .malformed(field: FieldPath.format(context.codingPath), "must be \(FieldPath.describe(type))")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return .malformed(field: "body", "is not valid JSON")
            }
            return .malformed(field: FieldPath.format(context.codingPath), "is not a valid value")
        @unknown default:
            return .malformed(field: "body", "cannot be read")
        }
    }
}
