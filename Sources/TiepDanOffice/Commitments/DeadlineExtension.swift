/// A later deadline for a commitment, with the reason the public reads.
public struct DeadlineExtension: Decodable, Sendable {
    public let dueDate: String
    public let reason: String

    /// Creates an extension.
    public init(dueDate: String, reason: String) {
        self.dueDate = dueDate
        self.reason = reason
    }
}
