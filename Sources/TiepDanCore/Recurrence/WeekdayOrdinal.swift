/// A BYDAY entry: a weekday, optionally the n-th (or n-th from last) in the month or year.
public struct WeekdayOrdinal: Sendable, Equatable {
    /// ISO weekday: 1 Monday ... 7 Sunday.
    public let weekday: Int
    /// 1 for the first, -1 for the last, nil for every such weekday.
    public let ordinal: Int?

    /// Creates a BYDAY entry.
    public init(weekday: Int, ordinal: Int? = nil) {
        self.weekday = weekday
        self.ordinal = ordinal
    }

    /// The two-letter RFC 5545 codes, Monday first.
    public static let codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    /// The ISO weekday of a two-letter code.
    public static func weekday(code: some StringProtocol) -> Int? {
        codes.firstIndex(of: String(code)).map { $0 + 1 }
    }
}
