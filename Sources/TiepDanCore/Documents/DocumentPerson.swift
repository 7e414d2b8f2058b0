/// A person named in a document by office: a leader who received, a panel member, the signer.
public struct DocumentPerson: Sendable, Codable, Equatable {
    /// Full name.
    public var name: String
    /// Office, e.g. "Chủ tịch UBND xã".
    public var title: String

    /// Creates a person.
    public init(name: String, title: String) {
        self.name = name
        self.title = title
    }
}
