import Crypto
import Foundation
import TiepDanCore

/// SHA-256 of a text as 64 lower-case hex digits: what is stored of a secret token, and a migration's checksum.
public enum SHA256Text {
    /// The digest of `text`'s UTF-8 bytes.
    public static func hex(_ text: String) -> String {
        HexText.encode(SHA256.hash(data: Data(text.utf8)))
    }
}
