/// A head who receives citizens and answers on air.
public struct Leader: Sendable, Equatable, Codable {
    /// Stable id within the organisation.
    public var id: String
    /// Full name.
    public var name: String
    /// Title, e.g. "Chủ tịch UBND xã".
    public var title: String
    /// The legal role that sets a reception minimum, if any.
    public var role: String?
    /// The day they took office.
    public var since: CivilDate?
    /// The organisation they lead.
    public var organisationID: String

    /// Creates a value.
    public init(id: String, name: String, title: String, role: String?, since: CivilDate?, organisationID: String) {
        self.id = id
        self.name = name
        self.title = title
        self.role = role
        self.since = since
        self.organisationID = organisationID
    }
}
