/// A citizen seen at a reception session, as the minutes and the conclusion notice tell it.
public struct MinutesVisit: Sendable, Codable, Equatable {
    /// Running number in the document.
    public var number: Int
    /// The booking reference.
    public var reference: String
    /// Who came: the name, the group's representatives, or "(giữ bí mật)" for a denouncer.
    public var citizen: String
    /// How many people came.
    public var people: Int
    /// What they brought.
    public var content: String
    /// The category in words ("Khiếu nại").
    public var category: String
    /// How it was handled, with the detail ("Hướng dẫn: gửi đơn đến ...").
    public var handling: String

    /// Creates a visit line.
    public init(number: Int, reference: String, citizen: String, people: Int, content: String, category: String, handling: String) {
        self.number = number
        self.reference = reference
        self.citizen = citizen
        self.people = people
        self.content = content
        self.category = category
        self.handling = handling
    }
}
