import Foundation

extension ZoneClock {
    /// The wall-clock time of `instant` as pages and documents write it ("07:30").
    public func time(of instant: Date) -> String {
        DocumentDate.clock(minutes: minutes(of: instant))
    }
}
