import Foundation
import Synchronization

/// Conversions between instants and a zone's local days and times, by arithmetic on the
/// zone's UTC offset: Foundation's `Calendar` costs microseconds per call, which a national
/// schedule of 300,000 sessions cannot afford.
public enum LocalTime {
    /// Julian day number of 1970-01-01.
    static let unixEpochJulianDay = 2_440_588

    /// Zones whose offset has not changed since 1976 (Vietnam's since 13 June 1975), by
    /// identifier; nil for zones with daylight saving or later changes.
    private static let fixedOffsets = Mutex<[String: Int?]>([:])
    private static let fixedSince = Date(timeIntervalSince1970: 189_302_400)  // 1976-01-01

    /// The zone's offset at `instant`, without asking ICU again for fixed-offset zones.
    static func offset(_ zone: TimeZone, at instant: Date) -> Int {
        guard instant >= fixedSince, let fixed = fixedOffset(of: zone) else { return zone.secondsFromGMT(for: instant) }
        return fixed
    }

    /// The zone's offset when it has not changed since 1976 and has no daylight saving, else nil.
    static func fixedOffset(of zone: TimeZone) -> Int? {
        if let cached = fixedOffsets.withLock({ $0[zone.identifier] }) { return cached }
        let fixed: Int? =
            zone.nextDaylightSavingTimeTransition(after: fixedSince) == nil
                && zone.secondsFromGMT(for: fixedSince) == zone.secondsFromGMT(for: Date(timeIntervalSince1970: 4_102_444_800))
            ? zone.secondsFromGMT(for: fixedSince) : nil
        fixedOffsets.withLock { $0[zone.identifier] = .some(fixed) }
        return fixed
    }

    /// The instant of `minutes` after local midnight of `day` in `zone`.
    public static func instant(_ day: CivilDate, minutes: Int, in zone: TimeZone) -> Date {
        let wallClock = Double((day.julianDay - unixEpochJulianDay) * 86_400 + minutes * 60)
        // Guess with the offset at the wall-clock time read as UTC, then correct once for zones
        // whose offset changes in between (daylight saving; Vietnam has none since 1975).
        var offset = offset(zone, at: Date(timeIntervalSince1970: wallClock))
        let corrected = Self.offset(zone, at: Date(timeIntervalSince1970: wallClock - Double(offset)))
        if corrected != offset { offset = corrected }
        return Date(timeIntervalSince1970: wallClock - Double(offset))
    }

    /// The local day of `instant` in `zone`.
    public static func day(of instant: Date, in zone: TimeZone) -> CivilDate {
        let local = Int(floor(instant.timeIntervalSince1970)) + offset(zone, at: instant)
        return CivilDate(julianDay: unixEpochJulianDay + Int(floor(Double(local) / 86_400)))
    }

    /// Local hours, minutes and seconds of `instant` in `zone`, with the offset used.
    static func clock(of instant: Date, in zone: TimeZone) -> (day: CivilDate, hour: Int, minute: Int, second: Int, offset: Int) {
        let offset = offset(zone, at: instant)
        let local = Int(floor(instant.timeIntervalSince1970)) + offset
        let days = Int(floor(Double(local) / 86_400))
        let seconds = local - days * 86_400
        return (CivilDate(julianDay: unixEpochJulianDay + days), seconds / 3600, seconds % 3600 / 60, seconds % 60, offset)
    }
}
