/// A candidate with the builder's verdict: in the rundown at `startsAtSecond`, or left out, and why.
public struct RundownEntry: Sendable, Equatable {
    public var id: String
    public var topic: String
    public var seconds: Int
    public var priority: Int
    public var selected: Bool
    /// Offset from the start of the programme, for selected entries.
    public var startsAtSecond: Int?
    /// Why it is in or out, in Vietnamese, for the secretariat.
    public var reason: String
}
