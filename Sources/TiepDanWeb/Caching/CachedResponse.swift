import Hummingbird

/// A rendered public answer, with the version of its scope it was built from and when it stops being fresh.
struct CachedResponse: Sendable {
    let version: Int64
    let expires: ContinuousClock.Instant
    let headers: HTTPFields
    let body: ByteBuffer
    /// A strong validator: the same bytes always have the same tag, so an instance that rebuilt the page after its
    /// own cache forgot it still answers 304 to a client holding it.
    let etag: String

    init(version: Int64, expires: ContinuousClock.Instant, headers: HTTPFields, body: ByteBuffer) {
        self.version = version
        self.expires = expires
        self.body = body
        self.etag = "\"" + String(Self.fingerprint(body), radix: 16) + "-" + String(body.readableBytes, radix: 16) + "\""
        var headers = headers
        headers[.eTag] = etag
        self.headers = headers
    }

    /// The bytes a cache entry holds, for the budget.
    var size: Int { body.readableBytes + 256 }

    /// 304 when the client already holds these bytes (`If-None-Match`), the page otherwise.
    func response(to request: Request) -> Response {
        if Self.matches(request.headers[.ifNoneMatch], etag) {
            var headers = HTTPFields()
            headers[.eTag] = etag
            headers[.cacheControl] = self.headers[.cacheControl]
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }

    /// Whether an `If-None-Match` list names `etag` (weak comparison, as RFC 9110 asks of it) or is `*`.
    static func matches(_ header: String?, _ etag: String) -> Bool {
        guard let header else { return false }
        return header.split(separator: ",").contains { tag in
            let tag = tag.trimmingCharacters(in: .whitespaces)
            return tag == "*" || (tag.hasPrefix("W/") ? String(tag.dropFirst(2)) : tag) == etag
        }
    }

    /// FNV-1a over the bytes: cheap, and computed once per rendering.
    private static func fingerprint(_ body: ByteBuffer) -> UInt64 {
        body.withUnsafeReadableBytes { bytes in
            bytes.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { hash, byte in (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
    }
}
