import Foundation

/// Instants as the HTTP contract writes them: RFC 3339 with the organisation's offset.
public enum RFC3339 {
    /// The default time zone of Vietnamese organisations.
    public static let vietnam = TimeZone(identifier: "Asia/Ho_Chi_Minh")!

    /// `2026-03-05T07:30:00+07:00` for `date` in `timeZone`.
    public static func string(_ date: Date, in timeZone: TimeZone = vietnam) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: timeZone))
    }
}
