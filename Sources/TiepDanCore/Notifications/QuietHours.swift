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

    /// `minutes` after midnight falls in the window.
    public func contains(_ minutes: Int) -> Bool {
        start <= end ? (start..<end).contains(minutes) : minutes >= start || minutes < end
    }
}
