/// A recording as the minutes list it: where it is kept, when it began, how long it runs, and its SHA-256, the
/// fingerprint a copy is checked against (`tiepdan recordings verify`).
public struct MinutesRecording: Sendable, Codable, Equatable {
    public var number: Int
    public var uri: String
    /// "08 giờ 05".
    public var startedAt: String
    /// "1 giờ 25 phút 10 giây".
    public var duration: String
    public var sha256: String

    /// A line of the list.
    public init(number: Int, uri: String, startedAt: String, duration: String, sha256: String) {
        self.number = number
        self.uri = uri
        self.startedAt = startedAt
        self.duration = duration
        self.sha256 = sha256
    }

    /// `seconds` in the minutes' words: "1 giờ 25 phút 10 giây", "40 phút", "12 giây".
    public static func duration(_ seconds: Int) -> String {
        let parts = [(seconds / 3600, "giờ"), (seconds % 3600 / 60, "phút"), (seconds % 60, "giây")].filter { $0.0 > 0 }
        return parts.isEmpty ? "0 giây" : parts.map { "\($0.0) \($0.1)" }.joined(separator: " ")
    }
}
