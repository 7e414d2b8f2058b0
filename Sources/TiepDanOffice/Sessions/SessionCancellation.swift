/// A session called off, with the reason the public notice gives.
public struct SessionCancellation: Decodable, Sendable {
    public let reason: String

    /// A cancellation for `reason`.
    public init(reason: String) {
        self.reason = reason
    }
}
