import Foundation
import TiepDanCore

extension PageRenderer {
    /// When a session or slot takes place, as every page writes it: "Thứ Hai, 05/03/2026, 07:30 – 11:00".
    func when(_ start: Date, _ end: Date, zone: TimeZone, _ language: Language) -> String {
        let clock = ZoneClock(zone)
        return localization.word("weekday_\(clock.day(of: start).weekday)", language) + ", " + DocumentDate.short(clock.day(of: start)) + ", "
            + clock.time(of: start) + " – " + clock.time(of: end)
    }
}
