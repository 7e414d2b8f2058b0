/// One field of a request that is not acceptable, and what is wrong with it in words a person can act on.
public struct FieldIssue: Codable, Sendable, Equatable {
    /// The field's path in the request, e.g. `citizen.phone` or `representatives[0]`.
    public var field: String
    /// What is wrong.
    public var message: String

    /// Creates a field issue.
    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}
