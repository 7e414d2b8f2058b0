/// The hours of the night when no citizen is messaged: from `start` to `end` minutes after midnight, wrapping past it
/// (21:00 to 07:00 by default).
public struct QuietHours: Sendable, Equatable {
    public var start: Int
    public var end: Int

    /// 21:00 to 07:00.
    public static let night = QuietHours(start: 21 * 60, end: 7 * 60)

    /// Creates the window.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Parses `HH:MM-HH:MM` (`21:00-07:00`, wrapping past midnight); nil when malformed or empty.
    public init?(parsing text: String) {
        let halves = text.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard halves.count == 2, let start = WallClockSpan.minutes(halves[0]), let end = WallClockSpan.minutes(halves[1]),
            start % 1440 != end % 1440
        else { return nil }
        self.init(start: start % 1440, end: end % 1440)
    }

    /// The window as a schedule file writes it: `21:00-07:00`.
    public var text: String {
        func clock(_ minutes: Int) -> String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }
        return clock(start) + "-" + clock(end)
    }

    /// `minutes` after midnight falls in the window.
    public func contains(_ minutes: Int) -> Bool {
        start <= end ? (start..<end).contains(minutes) : minutes >= start || minutes < end
    }
}
