/// A session called off, with the reason the public notice gives.
public struct SessionCancellation: Decodable, Sendable {
    public let reason: String
}
