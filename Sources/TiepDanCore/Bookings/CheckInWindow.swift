public import Foundation

/// When the secretariat may check citizens in and register those who come without booking: from the start of the
/// session's own day in its organisation's zone (the morning of the session), never days early.
public enum CheckInWindow {
    /// The instant check-in opens for a session starting at `start`, in `zone`.
    public static func opens(sessionStart start: Date, zone: TimeZone) -> Date {
        let clock = ZoneClock(zone)
        return clock.instant(clock.day(of: start), minutes: 0)
    }

    /// Whether check-in is open at `now` for a session starting at `start`, in `zone`.
    public static func isOpen(sessionStart start: Date, zone: TimeZone, now: Date) -> Bool {
        now >= opens(sessionStart: start, zone: zone)
    }
}
