/// A specialised department (cơ quan chuyên môn) that drafts answers.
public struct Department: Sendable, Equatable, Codable {
    /// Stable id within the organisation.
    public var id: String
    /// Its name.
    public var name: String

    /// Creates a value.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
