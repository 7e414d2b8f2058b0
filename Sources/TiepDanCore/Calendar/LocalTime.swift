import Foundation

/// Conversions between instants and a zone's local days and times, by arithmetic on the
/// zone's UTC offset: Foundation's `Calendar` costs microseconds per call, which a national
/// schedule of 300,000 sessions cannot afford.
public enum LocalTime {
    /// Julian day number of 1970-01-01.
    static let unixEpochJulianDay = 2_440_588

    /// The instant of `minutes` after local midnight of `day` in `zone`.
    public static func instant(_ day: CivilDate, minutes: Int, in zone: TimeZone) -> Date {
        let wallClock = Double((day.julianDay - unixEpochJulianDay) * 86_400 + minutes * 60)
        // Guess with the offset at the wall-clock time read as UTC, then correct once for zones
        // whose offset changes in between (daylight saving; Vietnam has none since 1975).
        var offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: wallClock))
        let corrected = zone.secondsFromGMT(for: Date(timeIntervalSince1970: wallClock - Double(offset)))
        if corrected != offset { offset = corrected }
        return Date(timeIntervalSince1970: wallClock - Double(offset))
    }

    /// The local day of `instant` in `zone`.
    public static func day(of instant: Date, in zone: TimeZone) -> CivilDate {
        let local = Int(floor(instant.timeIntervalSince1970)) + zone.secondsFromGMT(for: instant)
        return CivilDate(julianDay: unixEpochJulianDay + Int(floor(Double(local) / 86_400)))
    }

    /// Local hours, minutes and seconds of `instant` in `zone`, with the offset used.
    static func clock(of instant: Date, in zone: TimeZone) -> (day: CivilDate, hour: Int, minute: Int, second: Int, offset: Int) {
        let offset = zone.secondsFromGMT(for: instant)
        let local = Int(floor(instant.timeIntervalSince1970)) + offset
        let days = Int(floor(Double(local) / 86_400))
        let seconds = local - days * 86_400
        return (CivilDate(julianDay: unixEpochJulianDay + days), seconds / 3600, seconds % 3600 / 60, seconds % 60, offset)
    }
}
