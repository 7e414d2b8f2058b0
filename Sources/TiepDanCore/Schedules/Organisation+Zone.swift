import Foundation

extension Organisation {
    /// The organisation's time zone, Vietnam's when the files name none this machine knows:
    /// every wall-clock rule and every page's date and time is computed in it.
    public var zone: TimeZone { Self.zone(named: timeZone) }

    /// Its clock, for local days and times.
    public var clock: ZoneClock { ZoneClock(zone) }

    /// The zone an organisation's `time_zone` names, the one rule for a missing or unknown name.
    public static func zone(named identifier: String?) -> TimeZone {
        identifier.flatMap(TimeZone.init(identifier:)) ?? RFC3339.vietnam
    }
}
