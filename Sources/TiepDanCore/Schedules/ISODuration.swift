/// An ISO 8601 duration of days, hours and minutes, e.g. `P3D` or `PT12H`.
public struct ISODuration: Sendable, Equatable {
    /// Whole days.
    public var days: Int
    /// Seconds beyond the days.
    public var seconds: Int

    /// Parses `PnDTnHnM` forms (weeks as `PnW`); nil otherwise.
    public init?(parsing text: String) {
        var rest = Substring(text.uppercased())
        guard rest.hasPrefix("P"), rest.count > 1 else { return nil }
        rest = rest.dropFirst()
        var days = 0
        var seconds = 0
        var inTime = false
        var number = ""
        for character in rest {
            if character.isNumber {
                number.append(character)
                continue
            }
            if character == "T" {
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
                continue
            }
            guard let value = Int(number) else { return nil }
            number = ""
            switch (character, inTime) {
            case ("W", false): days += value * 7
            case ("D", false): days += value
            case ("H", true): seconds += value * 3600
            case ("M", true): seconds += value * 60
            case ("S", true): seconds += value
            default: return nil
            }
        }
        guard number.isEmpty else { return nil }
        self.days = days
        self.seconds = seconds
    }

    /// Total length in seconds.
    public var totalSeconds: Int { days * 86_400 + seconds }
}
