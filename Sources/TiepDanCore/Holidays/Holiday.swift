/// A day off on the official calendar.
public struct Holiday: Sendable, Equatable, Codable {
    /// The day.
    public var date: CivilDate
    /// Its name in Vietnamese.
    public var name: String
    /// Its name in English.
    public var nameEnglish: String
    /// The rule it comes from, or `notice` for an announced day off.
    public var source: String

    private enum CodingKeys: String, CodingKey {
        case date, name
        case nameEnglish = "name_en"
        case source
    }
}
