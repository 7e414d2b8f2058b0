/// A recording to register on a session, as the secretariat sends it: `SessionDesk.registerRecording` checks each field.
public struct RecordingRequest: Decodable, Sendable {
    public let uri: String
    public let sha256: String
    public let startedAt: String
    public let durationSeconds: Int

    /// A request as given.
    public init(uri: String, sha256: String, startedAt: String, durationSeconds: Int) {
        self.uri = uri
        self.sha256 = sha256
        self.startedAt = startedAt
        self.durationSeconds = durationSeconds
    }
}
