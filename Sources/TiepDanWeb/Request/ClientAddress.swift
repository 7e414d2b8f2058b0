import Foundation

/// Who a request comes from, the key of the rate limits: the peer, or behind trusted proxies the last address
/// before them in `X-Forwarded-For` (or `Forwarded`); an IPv6 client by its /64, since one household or phone
/// holds a whole /64 and would otherwise have endless addresses.
enum ClientAddress {
    static func resolve(peer: String, forwardedFor: String?, forwarded: String?, trusted: AddressRanges) -> String {
        var address = peer
        if trusted.contains(peer) {
            // Right to left: the nearest hops are our proxies; the first address they do not cover is the client.
            let chain = forwardedFor.map(Self.forwardedForChain) ?? forwarded.map(Self.forwardedChain) ?? []
            for hop in chain.reversed() {
                guard AddressRanges.bytes(of: hop) != nil else { break }
                address = hop
                if !trusted.contains(hop) { break }
            }
        }
        return key(address)
    }

    /// `X-Forwarded-For: client, proxy1, proxy2`.
    static func forwardedForChain(_ header: String) -> [String] {
        header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// `Forwarded: for=192.0.2.60;proto=http, for="[2001:db8::1]:4711"` (RFC 7239).
    static func forwardedChain(_ header: String) -> [String] {
        header.split(separator: ",").compactMap { element in
            for pair in element.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, parts[0].lowercased() == "for" else { continue }
                var value = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                if value.hasPrefix("["), let end = value.firstIndex(of: "]") {
                    value = String(value[value.index(after: value.startIndex)..<end])
                } else if value.filter({ $0 == ":" }).count == 1, let colon = value.firstIndex(of: ":") {
                    value = String(value[..<colon])
                }
                return value
            }
            return nil
        }
    }

    /// The limiter key of an address: IPv4 as it is, IPv6 by its first 64 bits.
    static func key(_ address: String) -> String {
        guard let bytes = AddressRanges.bytes(of: address) else { return address }
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        let groups = stride(from: 0, to: 8, by: 2).map { String(format: "%x", UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1])) }
        return groups.joined(separator: ":") + "::/64"
    }
}
