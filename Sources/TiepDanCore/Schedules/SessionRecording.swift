import Foundation

/// A recording of a session (sound, picture, or both) registered with the SHA-256 of its file, so that a copy produced
/// years later can be shown to be the one recorded (Law 136/2025/QH15: online reception keeps its records).
public struct SessionRecording: Sendable, Equatable, Codable {
    /// The session recorded.
    public var sessionID: String
    /// 1, 2, ... in the order registered.
    public var position: Int
    /// Where the file is kept: a path on the office's archive, or a URL.
    public var uri: String
    /// 64 lower-case hex digits.
    public var sha256: String
    /// When recording began.
    public var startedAt: Date
    /// How long it runs.
    public var durationSeconds: Int

    /// A recording as registered.
    public init(sessionID: String, position: Int, uri: String, sha256: String, startedAt: Date, durationSeconds: Int) {
        self.sessionID = sessionID
        self.position = position
        self.uri = uri
        self.sha256 = sha256
        self.startedAt = startedAt
        self.durationSeconds = durationSeconds
    }

    /// `text` as a SHA-256 digest in lower case, or nil when it is not 64 hex digits.
    public static func digest(_ text: String) -> String? {
        let lower = text.trimmingCharacters(in: .whitespaces).lowercased()
        return lower.count == 64 && lower.allSatisfy(\.isHexDigit) ? lower : nil
    }
}
