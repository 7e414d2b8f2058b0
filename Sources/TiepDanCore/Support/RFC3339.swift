import Foundation

/// Instants as the HTTP contract writes them: RFC 3339 with the organisation's offset.
public enum RFC3339 {
    /// The default time zone of Vietnamese organisations.
    public static let vietnam = TimeZone(identifier: "Asia/Ho_Chi_Minh")!

    /// `2026-03-05T07:30:00+07:00` for `date` in `timeZone`.
    public static func string(_ date: Date, in timeZone: TimeZone = vietnam) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let offset = timeZone.secondsFromGMT(for: date)
        let zone = offset == 0
            ? "Z"
            : String(format: "%@%02d:%02d", offset < 0 ? "-" : "+", abs(offset) / 3600, abs(offset) % 3600 / 60)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d", parts.year!, parts.month!, parts.day!,
                      parts.hour!, parts.minute!, parts.second!) + zone
    }
}
