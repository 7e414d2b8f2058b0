import Foundation

/// Address ranges in CIDR notation (`10.0.0.0/8`, `::1/128`, a bare address for one host): the reverse proxies whose
/// `X-Forwarded-For` and `Forwarded` headers are believed (any other peer's are ignored, since anyone can send them),
/// and the addresses allowed to read `/metrics`.
public struct AddressRanges: Sendable, Equatable {
    /// One range: the address's bytes and how many leading bits must match.
    struct Range: Sendable, Equatable {
        let bytes: [UInt8]
        let prefix: Int

        func contains(_ address: [UInt8]) -> Bool {
            guard address.count == bytes.count else { return false }
            var remaining = prefix
            for (mine, theirs) in zip(bytes, address) where remaining > 0 {
                let bits = min(8, remaining)
                let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
                if mine & mask != theirs & mask { return false }
                remaining -= bits
            }
            return true
        }
    }

    let ranges: [Range]

    /// No address at all (no proxy is trusted: the peer is the client).
    public static let none = AddressRanges(ranges: [])

    /// This machine only: `127.0.0.0/8` and `::1`.
    public static let loopback = AddressRanges(ranges: [
        Range(bytes: [127, 0, 0, 0], prefix: 8), Range(bytes: Array(repeating: 0, count: 15) + [1], prefix: 128),
    ])

    init(ranges: [Range]) {
        self.ranges = ranges
    }

    /// The ranges of `texts` (each `ADDRESS/BITS` or `ADDRESS`), or the first text that is not one, as an error.
    public init(parsing texts: [String]) throws {
        ranges = try texts.flatMap { $0.split(separator: ",") }.map { text in
            let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "/", maxSplits: 1).map(String.init)
            guard let first = parts.first, let bytes = Self.bytes(of: first) else { throw AddressRangeError(text: String(text)) }
            let prefix = parts.count == 2 ? Int(parts[1]) : bytes.count * 8
            guard let prefix, (0...(bytes.count * 8)).contains(prefix) else { throw AddressRangeError(text: String(text)) }
            return Range(bytes: bytes, prefix: prefix)
        }
    }

    /// Whether `address` is within one of the ranges.
    public func contains(_ address: String) -> Bool {
        guard let bytes = Self.bytes(of: address) else { return false }
        return ranges.contains { $0.contains(bytes) }
    }

    /// The bytes of an IPv4 (4) or IPv6 (16) address, or nil when the text is neither.
    static func bytes(of text: String) -> [UInt8]? {
        var text = text.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("[") && text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } }
        return nil
    }
}
