import Crypto
import Foundation
import TiepDanCore

/// Seals a denouncer's identity with AES-GCM under a key that lives in configuration (an
/// environment variable or a key file), never in the database: a copy of the database, a
/// backup or an export reveals nothing of who denounced whom.
public struct IdentitySeal: Sendable {
    /// What is sealed: everything that could identify the person.
    public struct Identity: Codable, Sendable, Equatable {
        public var name: String
        public var phone: String?
        public var email: String?
        public var address: String?
        /// The identity paper (`cccd`, `cmnd`, `passport`, `other`) and its number; absent in identities sealed before
        /// the July 2026 law asked for them.
        public var idType: String?
        public var idNumber: String?
        /// A group's representatives, when a group denounced in person.
        public var representatives: [String]?

        /// Creates an identity.
        public init(
            name: String,
            phone: String?,
            email: String?,
            address: String?,
            idType: String? = nil,
            idNumber: String? = nil,
            representatives: [String]? = nil
        ) {
            self.name = name
            self.phone = phone
            self.email = email
            self.address = address
            self.idType = idType
            self.idNumber = idNumber
            self.representatives = representatives
        }
    }

    private let key: SymmetricKey

    /// A seal with a 256-bit key.
    public init(key: Data) throws {
        guard key.count == 32 else { throw IdentitySealError.badKey("the key must be 32 bytes (256 bits), got \(key.count)") }
        self.key = SymmetricKey(data: key)
    }

    /// The key from `TIEPDAN_SECRET_KEY` (base64) when set, else from `file`. A missing file is created with a new random
    /// key (mode 0600) only when `mayCreate`: where sealed data exists, a new key would open none of it.
    public static func configured(
        environment: [String: String],
        file: String,
        mayCreate: Bool = true
    ) throws -> (seal: IdentitySeal, created: Bool) {
        if let text = environment["TIEPDAN_SECRET_KEY"] {
            guard let data = Data(base64Encoded: text.trimmed) else {
                throw IdentitySealError.badKey("TIEPDAN_SECRET_KEY is not base64")
            }
            return (try IdentitySeal(key: data), false)
        }
        if let text = try? String(contentsOfFile: file, encoding: .utf8) {
            guard let data = Data(base64Encoded: text.trimmed) else {
                throw IdentitySealError.badKey("\(file) does not hold a base64 key")
            }
            return (try IdentitySeal(key: data), false)
        }
        guard mayCreate else { throw IdentitySealError.missing(file) }
        let seal = IdentitySeal.generated()
        try seal.write(to: file)
        return (seal, true)
    }

    /// A seal with a new random key.
    public static func generated() -> IdentitySeal {
        // A 32-byte key cannot fail the length check.
        try! IdentitySeal(key: SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) })
    }

    /// Writes the key to a new file `file` readable only by this user (its folder created if need be); refuses to
    /// overwrite one.
    public func write(to file: String) throws {
        let directory = URL(fileURLWithPath: file).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let text = key.withUnsafeBytes { Data($0) }.base64EncodedString() + "\n"
        guard !FileManager.default.fileExists(atPath: file),
            FileManager.default.createFile(atPath: file, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        else {
            throw IdentitySealError.badKey("cannot write a new key to \(file)")
        }
    }

    /// Names the key without revealing it: what the database records, and what `serve` compares at start.
    public var fingerprint: String {
        digest("tiepdan sealing key fingerprint")
    }

    /// A keyed digest (HMAC-SHA256, hex) of `text`: the same text always gives the same digest, and without the key no
    /// one can tell which text gave it, so a client's address can be counted once without being kept.
    public func digest(_ text: String) -> String {
        HexText.encode(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key))
    }

    /// The identity encrypted and authenticated, as base64 text.
    public func seal(_ identity: Identity) throws -> String {
        try seal(bytes: try JSONEncoder().encode(identity))
    }

    /// The identity back; fails on a wrong key or any tampering.
    public func open(_ sealed: String) throws -> Identity {
        try JSONDecoder().decode(Identity.self, from: try open(bytes: sealed))
    }

    /// Any secret encrypted and authenticated under the same key (a second factor's secret), as base64 text.
    public func seal(bytes plain: Data) throws -> String {
        guard let combined = try AES.GCM.seal(plain, using: key).combined else { throw IdentitySealError.badKey("sealing failed") }
        return "v1:" + combined.base64EncodedString()
    }

    /// The secret back; fails on a wrong key or any tampering.
    public func open(bytes sealed: String) throws -> Data {
        guard sealed.hasPrefix("v1:"), let data = Data(base64Encoded: String(sealed.dropFirst(3))) else {
            throw IdentitySealError.unreadable
        }
        return try AES.GCM.open(try AES.GCM.SealedBox(combined: data), using: key)
    }
}

/// Why the seal cannot be used.
public enum IdentitySealError: Error, CustomStringConvertible {
    case badKey(String)
    case unreadable
    /// No key at the file named, and it may not be created.
    case missing(String)

    public var description: String {
        switch self {
        case .badKey(let why): return "secret key: \(why)"
        case .unreadable: return "the sealed identity cannot be read"
        case .missing(let file): return "secret key: no key at \(file)"
        }
    }
}
