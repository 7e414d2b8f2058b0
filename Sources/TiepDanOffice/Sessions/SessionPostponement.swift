/// A session moved to a new start, with the reason the public notice gives.
public struct SessionPostponement: Decodable, Sendable {
    /// The new start, RFC 3339; the session keeps its length.
    public let to: String
    public let reason: String
}
