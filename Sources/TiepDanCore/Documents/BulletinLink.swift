/// A pointer from one bulletin to another (the one it corrects, or the one correcting it).
public struct BulletinLink: Sendable, Codable, Equatable {
    /// The bulletin's id.
    public var id: String
    /// Its title.
    public var title: String

    /// Creates a link.
    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}
