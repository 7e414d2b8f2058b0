/// A session moved to a new start, with the reason the public notice gives.
public struct SessionPostponement: Decodable, Sendable {
    /// The new start, RFC 3339; the session keeps its length.
    public let to: String
    public let reason: String

    /// A move to `to` (RFC 3339), for `reason`.
    public init(to: String, reason: String) {
        self.to = to
        self.reason = reason
    }
}
