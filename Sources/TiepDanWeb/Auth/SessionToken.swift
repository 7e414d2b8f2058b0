import Crypto
import Foundation
import TiepDanCore

/// Bearer and cookie tokens: 256 random bits handed out once; only their SHA-256 is stored.
enum SessionToken {
    static func generate() -> String {
        SecureRandom.hex(bytes: 32)
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Compares two secrets in time that does not depend on where they first differ.
    static func equalInConstantTime(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8), right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
