public import Foundation
public import TiepDanStore

/// The key that seals denouncers' identities and staff's second factors: where it lives by default, and the check made
/// before the service takes a request, so a wrong or lost key stops the start instead of failing on each sealed record.
public enum SealingKey {
    /// The key file when none is named: outside the data folder, so a copy of `data/` or a backup opens nothing.
    /// `$CONFIGURATION_DIRECTORY/secret.key` under systemd's `ConfigurationDirectory=tiepdan` (`/etc/tiepdan`), else
    /// `$XDG_CONFIG_HOME/tiepdan/secret.key`, else `~/.config/tiepdan/secret.key`.
    public static func defaultFile(environment: [String: String]) -> String {
        if let directory = environment["CONFIGURATION_DIRECTORY"]?.split(separator: ":").first, !directory.isEmpty {
            return directory + "/secret.key"
        }
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/tiepdan/secret.key" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.config/tiepdan/secret.key"
    }

    /// Where the key lived before this release: named when the key is missing and a file sits there.
    public static let formerDefault = "data/secret.key"

    /// How the key was found: made new, recorded for the first time, or as recorded.
    public enum Outcome: Sendable, Equatable {
        case created
        case recorded
        case matches
        /// Nothing was sealed under the recorded key, so the new one replaced it.
        case replaced(previous: String)
    }

    /// The seal from `TIEPDAN_SECRET_KEY` or `file`, checked against the fingerprint the database recorded. A missing
    /// key is created only while nothing is sealed; a key that is not the one the sealed data is under is refused,
    /// naming the fingerprint expected.
    public static func load(
        environment: [String: String],
        file: String,
        data: SealedData,
        now: Date = Date()
    ) async throws -> (seal: IdentitySeal, outcome: Outcome) {
        let sealed = try await data.count()
        let expected = try await data.fingerprint()
        let seal: IdentitySeal
        let created: Bool
        do {
            (seal, created) = try IdentitySeal.configured(environment: environment, file: file, mayCreate: sealed == 0)
        } catch IdentitySealError.missing {
            let former = FileManager.default.fileExists(atPath: formerDefault) ? formerDefault : nil
            throw SealingKeyError.missing(file: file, sealed: sealed, expected: expected, former: former)
        }
        let found = seal.fingerprint
        switch expected {
        case nil:
            // Sealed before fingerprints were recorded: the key must open what is there.
            if let sample = try await data.sample(), (try? seal.open(bytes: sample)) == nil {
                throw SealingKeyError.opensNothing(found: found, sealed: sealed)
            }
            try await data.record(fingerprint: found, now: now)
            return (seal, created ? .created : .recorded)
        case found?:
            return (seal, .matches)
        case let other?:
            guard sealed == 0 else { throw SealingKeyError.mismatch(expected: other, found: found, sealed: sealed) }
            try await data.record(fingerprint: found, now: now)
            return (seal, created ? .created : .replaced(previous: other))
        }
    }

    /// Re-seals everything under a new key: the new key goes to `file.new`, every value is re-sealed and the new
    /// fingerprint recorded in one transaction, then `file.new` replaces `file`. A failure before the commit leaves the
    /// old key and data as they were; one after it leaves the new key in `file.new`, which the refusal then names.
    public static func rotate(
        environment: [String: String],
        file: String,
        data: SealedData,
        now: Date = Date()
    ) async throws -> (count: Int, fingerprint: String) {
        guard environment["TIEPDAN_SECRET_KEY"] == nil else { throw SealingKeyError.fromEnvironment }
        let (old, _) = try await load(environment: environment, file: file, data: data, now: now)
        let new = IdentitySeal.generated()
        let staged = file + ".new"
        try? FileManager.default.removeItem(atPath: staged)
        try new.write(to: staged)
        let count = try await data.reseal(fingerprint: new.fingerprint, now: now) { sealed in
            try new.seal(bytes: try old.open(bytes: sealed))
        }
        guard rename(staged, file) == 0 else {
            throw SealingKeyError.notReplaced(staged: staged, file: file, errno: errno)
        }
        return (count, new.fingerprint)
    }
}

/// Why the sealing key cannot be used; each names what the operator should do.
public enum SealingKeyError: Error, CustomStringConvertible {
    case missing(file: String, sealed: Int, expected: String?, former: String?)
    case mismatch(expected: String, found: String, sealed: Int)
    case opensNothing(found: String, sealed: Int)
    case fromEnvironment
    case notReplaced(staged: String, file: String, errno: Int32)

    /// The first 16 hex digits, enough to tell keys apart in a message.
    static func short(_ fingerprint: String) -> String { String(fingerprint.prefix(16)) }

    public var description: String {
        switch self {
        case .missing(let file, let sealed, let expected, let former):
            return "secret key: no key at \(file), and the database holds \(sealed) sealed value(s)"
                + (expected.map { " under the key with fingerprint \(Self.short($0))" } ?? "")
                + "; a new key would open none of them, so none is made. Put the key back (or pass --secret-key-file)"
                + (former.map { "; a key file is at \($0), the former default: move it to \(file)" } ?? "")
        case .mismatch(let expected, let found, let sealed):
            return "secret key: the key has fingerprint \(Self.short(found)), but the database's \(sealed) sealed value(s) are under "
                + "the key with fingerprint \(Self.short(expected)); start with that key (--secret-key-file or TIEPDAN_SECRET_KEY)"
        case .opensNothing(let found, let sealed):
            return "secret key: the key with fingerprint \(Self.short(found)) opens none of the database's \(sealed) sealed value(s); "
                + "start with the key they were sealed under"
        case .fromEnvironment:
            return "secret key: the key comes from TIEPDAN_SECRET_KEY; rotate a key kept in a file (--secret-key-file)"
        case .notReplaced(let staged, let file, let errno):
            return "secret key: every value is re-sealed under the new key in \(staged), but it could not replace \(file) "
                + "(errno \(errno)): move it there by hand before starting the service"
        }
    }
}
