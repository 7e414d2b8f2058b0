import Foundation
import TiepDanCore

/// A date and a time typed into a form (`<input type=date>` and `<input type=time>`), read in an organisation's zone.
enum FormDateTime {
    /// `2026-03-05` and `07:30` in `zone`, nil when either cannot be read.
    static func instant(date: String?, time: String?, zone: TimeZone) -> Date? {
        guard let day = CivilDate(iso: date ?? ""), let time, let match = time.wholeMatch(of: /(\d{1,2}):(\d{2})/),
            let hours = Int(match.output.1), let minutes = Int(match.output.2), hours < 24, minutes < 60
        else { return nil }
        return ZoneClock(zone).instant(day, minutes: hours * 60 + minutes)
    }

    /// The instant as RFC 3339, or "" (which the desk names as the field to fix) when it could not be read.
    static func text(_ instant: Date?) -> String {
        instant.map { $0.formatted(.iso8601) } ?? ""
    }
}
