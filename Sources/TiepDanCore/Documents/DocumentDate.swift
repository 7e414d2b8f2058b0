import Foundation

/// Dates written the way Decree 30/2020 (Appendix I) prescribes.
public enum DocumentDate {
    /// "Lai Vung, ngày 05 tháng 3 năm 2026". The decree puts a 0 before days under 10 and
    /// before the months 1 and 2 only (so "tháng 01", "tháng 3"), which keeps a handwritten
    /// "1" from being turned into "10" or "11".
    public static func placeAndDate(_ place: String, _ day: CivilDate) -> String {
        "\(place), \(long(day))"
    }

    /// "ngày 05 tháng 3 năm 2026".
    public static func long(_ day: CivilDate) -> String {
        let dd = day.day < 10 ? "0\(day.day)" : "\(day.day)"
        let mm = day.month < 3 ? "0\(day.month)" : "\(day.month)"
        return "ngày \(dd) tháng \(mm) năm \(day.year)"
    }

    /// "05/03/2026", for tables and deadlines.
    public static func short(_ day: CivilDate) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(day.day))/\(two(day.month))/\(day.year)"
    }

    /// The day `short` wrote (`05/03/2026`), back; nil for anything else.
    public static func day(parsing text: String) -> CivilDate? {
        let parts = text.split(separator: "/")
        guard parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// "05/03/2026 07:30": a moment as `clock`'s zone writes its day and time.
    public static func short(_ at: Date, clock: ZoneClock) -> String {
        short(clock.day(of: at)) + " " + clock.time(of: at)
    }

    /// "07:30 ngày 05/03/2026": a moment as a sentence says it, in `clock`'s zone.
    public static func moment(_ at: Date, clock: ZoneClock) -> String {
        clock.time(of: at) + " ngày " + short(clock.day(of: at))
    }

    /// "08:30" from minutes after midnight, for pages and tables.
    public static func clock(minutes: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(minutes / 60)):\(two(minutes % 60))"
    }

    /// "08 giờ 30" from minutes after midnight.
    public static func time(minutes: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(minutes / 60)) giờ \(two(minutes % 60))"
    }
}
