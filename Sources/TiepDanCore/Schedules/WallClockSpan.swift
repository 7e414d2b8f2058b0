/// Local hours of a session, e.g. `07:30-11:30`, as minutes after midnight.
public struct WallClockSpan: Sendable, Equatable, Codable {
    /// Start, minutes after local midnight.
    public var start: Int
    /// End, minutes after local midnight, later than `start`.
    public var end: Int

    /// Parses `HH:MM-HH:MM`; nil when malformed or not a forward span within one day.
    public init?(parsing text: String) {
        let halves = text.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard halves.count == 2, let start = Self.minutes(halves[0]), let end = Self.minutes(halves[1]), start < end else {
            return nil
        }
        self.start = start
        self.end = end
    }

    /// Length in minutes.
    public var minutes: Int { end - start }

    /// `HH:MM` as minutes after midnight (`24:00` allowed as the day's end); nil when malformed.
    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[1].count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
            (0...23).contains(hour) || (hour == 24 && minute == 0), (0...59).contains(minute)
        else { return nil }
        return hour * 60 + minute
    }
}
