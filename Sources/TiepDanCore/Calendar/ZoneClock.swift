import Foundation

/// One time zone resolved once: local days and wall-clock times by integer arithmetic when
/// its offset is fixed (Vietnam's since 1975), through Foundation otherwise.
public struct ZoneClock: Sendable {
    /// The zone.
    public let zone: TimeZone
    private let fixedOffset: Int?

    /// Resolves `zone`.
    public init(_ zone: TimeZone) {
        self.zone = zone
        self.fixedOffset = LocalTime.fixedOffset(of: zone)
    }

    /// The instant of `minutes` after local midnight of `day`.
    public func instant(_ day: CivilDate, minutes: Int) -> Date {
        guard let fixedOffset, day.year >= 1976 else { return LocalTime.instant(day, minutes: minutes, in: zone) }
        return Date(timeIntervalSince1970: Double((day.julianDay - LocalTime.unixEpochJulianDay) * 86_400 + minutes * 60 - fixedOffset))
    }

    /// Minutes after local midnight at `instant` (510 for 08:30).
    public func minutes(of instant: Date) -> Int {
        Int(instant.timeIntervalSince(self.instant(day(of: instant), minutes: 0))) / 60
    }

    /// The local day of `instant`.
    public func day(of instant: Date) -> CivilDate {
        guard let fixedOffset, instant.timeIntervalSince1970 >= 189_302_400 else { return LocalTime.day(of: instant, in: zone) }
        let local = Int(floor(instant.timeIntervalSince1970)) + fixedOffset
        return CivilDate(julianDay: LocalTime.unixEpochJulianDay + Int(floor(Double(local) / 86_400)))
    }
}
