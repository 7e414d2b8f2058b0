import Foundation
import TiepDanCore
import TiepDanStore

/// Bearer, cookie and tracking tokens: 256 random bits handed out once; only their SHA-256 is stored.
public enum SessionToken {
    /// A new secret token.
    public static func generate() -> String {
        SecureRandom.hex(bytes: 32)
    }

    /// What is stored of `token`.
    public static func hash(_ token: String) -> String {
        SHA256Text.hex(token)
    }

    /// Compares two secrets in time that does not depend on where they first differ.
    public static func equalInConstantTime(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
