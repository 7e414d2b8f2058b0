import Foundation

/// A day on the Gregorian calendar with no time or zone: what a schedule's "2026-03-05" means.
public struct CivilDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The year, e.g. 2026.
    public let year: Int
    /// The month, 1-12.
    public let month: Int
    /// The day of the month, 1-31.
    public let day: Int

    /// A date known to be valid; use `init?(year:month:day:)` or `init?(iso:)` for input.
    public init(_ year: Int, _ month: Int, _ day: Int) {
        precondition(Self.isValid(year, month, day), "invalid date \(year)-\(month)-\(day)")
        self.year = year
        self.month = month
        self.day = day
    }

    /// A date from parts, or nil when no such day exists (2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard Self.isValid(year, month, day) else { return nil }
        self.init(year, month, day)
    }

    /// Parses `YYYY-MM-DD`, ASCII digits only. Read from the bytes: every stored question's due date passes here
    /// whenever the question is read.
    public init?(iso text: some StringProtocol) {
        var parts = (0, 0, 0)
        var count = 0
        for byte in text.utf8 {
            count += 1
            guard count <= 10 else { return nil }
            if count == 5 || count == 8 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch count {
            case ..<5: parts.0 = parts.0 * 10 + digit
            case ..<8: parts.1 = parts.1 * 10 + digit
            default: parts.2 = parts.2 * 10 + digit
            }
        }
        guard count == 10 else { return nil }
        self.init(year: parts.0, month: parts.1, day: parts.2)
    }

    /// The date for a Julian day number (days since 4713 BC, the astronomers' count).
    public init(julianDay: Int) {
        let a = julianDay + 32044
        let b = (4 * a + 3) / 146_097
        let c = a - b * 146_097 / 4
        let d = (4 * c + 3) / 1461
        let e = c - 1461 * d / 4
        let m = (5 * e + 2) / 153
        self.init(b * 100 + d - 4800 + m / 10, m + 3 - 12 * (m / 10), e - (153 * m + 2) / 5 + 1)
    }

    /// The Julian day number of this date (proleptic Gregorian).
    public var julianDay: Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }

    /// The date `days` later (or earlier, when negative).
    public func adding(days: Int) -> CivilDate {
        CivilDate(julianDay: julianDay + days)
    }

    /// Days from this date to `other` (positive when `other` is later).
    public func days(until other: CivilDate) -> Int {
        other.julianDay - julianDay
    }

    /// ISO weekday: 1 Monday ... 7 Sunday.
    public var weekday: Int {
        julianDay % 7 + 1
    }

    /// Number of days in this date's month.
    public var daysInMonth: Int {
        Self.daysIn(month: month, year: year)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + m + "-" + d
    }

    /// `YYYY-MM`: the month, as survey answers and monthly figures are kept.
    public var monthText: String {
        String(description.prefix(7))
    }

    /// `YYYYMMDD`, for ids and iCalendar dates.
    public var compact: String {
        let value = year * 10_000 + month * 100 + day
        let text = String(value)
        return String(repeating: "0", count: max(0, 8 - text.count)) + text
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether `year` has 29 February.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    private static func isValid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        (1...9999).contains(year) && (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CivilDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
