import Testing

@testable import TiepDanWeb

/// The rate limits' key: the peer, or behind trusted proxies the client they name; IPv6 by its /64.
@Suite("Client address")
struct ClientAddressTests {
    static let proxies = try! AddressRanges(parsing: ["10.0.0.0/8", "fd00::/8"])

    @Test(
        "the forwarding headers count only from a trusted peer, read from the right",
        arguments: [
            ("203.0.113.9", "198.51.100.7", nil, "203.0.113.9"),  // an untrusted peer's header is ignored
            ("10.1.2.3", "198.51.100.7", nil, "198.51.100.7"),
            ("10.1.2.3", "6.6.6.6, 198.51.100.7, 10.9.9.9", nil, "198.51.100.7"),  // a forged left part is not believed
            ("10.1.2.3", nil, "for=192.0.2.60;proto=https, for=10.0.0.2", "192.0.2.60"),
            ("10.1.2.3", nil, #"for="[2001:db8:cafe:1:2:3:4:5]:4711""#, "2001:db8:cafe:1::/64"),
            ("10.1.2.3", "not-an-address", nil, "10.1.2.3"),
            ("2001:db8:1:2::99", nil, nil, "2001:db8:1:2::/64"),
        ] as [(String, String?, String?, String)]
    )
    func resolve(peer: String, forwardedFor: String?, forwarded: String?, expected: String) {
        #expect(ClientAddress.resolve(peer: peer, forwardedFor: forwardedFor, forwarded: forwarded, trusted: Self.proxies) == expected)
    }

    @Test("ranges: a bare address is one host; a malformed one is named")
    func ranges() throws {
        let one = try AddressRanges(parsing: ["127.0.0.1", "::1"])
        #expect(one.contains("127.0.0.1") && one.contains("::1") && !one.contains("127.0.0.2"))
        #expect(Self.proxies.contains("10.255.0.1") && Self.proxies.contains("fd12::1") && !Self.proxies.contains("11.0.0.1"))
        #expect(throws: AddressRangeError.self) { try AddressRanges(parsing: ["10.0.0.0/33"]) }
        #expect(throws: AddressRangeError.self) { try AddressRanges(parsing: ["proxy.local"]) }
    }
}
