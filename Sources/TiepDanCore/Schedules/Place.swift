/// A room or hall where sessions are held.
public struct Place: Sendable, Equatable, Codable {
    /// Stable id within the organisation.
    public var id: String
    /// Name shown to citizens.
    public var name: String
    /// Sessions that may run here at once.
    public var capacity: Int

    /// Creates a value.
    public init(id: String, name: String, capacity: Int) {
        self.id = id
        self.name = name
        self.capacity = capacity
    }
}
