/// A People's Committee, Party committee or agency that receives citizens.
public struct Organisation: Sendable, Equatable, Codable {
    /// Stable id: lower-case letters, digits and '-'.
    public var id: String
    /// Full name, e.g. "Ủy ban nhân dân xã Tân Thành".
    public var name: String
    /// `province`, `commune`, `district` (historical) or `agency`.
    public var level: String
    /// The organisation above it, if any.
    public var parentID: String?
    /// IANA time zone of its wall-clock rules.
    public var timeZone: String

    /// Creates a value.
    public init(id: String, name: String, level: String, parentID: String?, timeZone: String) {
        self.id = id
        self.name = name
        self.level = level
        self.parentID = parentID
        self.timeZone = timeZone
    }
}
