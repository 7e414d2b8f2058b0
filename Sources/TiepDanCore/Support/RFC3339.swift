import Foundation

/// Instants as the HTTP contract writes them: RFC 3339 with the organisation's offset.
public enum RFC3339 {
    /// The default time zone of Vietnamese organisations.
    public static let vietnam = TimeZone(identifier: "Asia/Ho_Chi_Minh")!

    /// `2026-03-05T07:30:00+07:00` for `date` in `timeZone`.
    public static func string(_ date: Date, in timeZone: TimeZone = vietnam) -> String {
        let local = LocalTime.clock(of: date, in: timeZone)
        let zone =
            local.offset == 0
            ? "Z"
            : (local.offset < 0 ? "-" : "+") + two(abs(local.offset) / 3600) + ":" + two(abs(local.offset) % 3600 / 60)
        return "\(local.day)T" + two(local.hour) + ":" + two(local.minute) + ":" + two(local.second) + zone
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
