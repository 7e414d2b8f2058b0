import Foundation
import Synchronization

/// The office's clock in a test that lets days pass: set it, and every desk reads the new instant.
final class MovableClock: Sendable {
    private let instant: Mutex<Date>

    /// A clock standing at `start`.
    init(_ start: Date) { instant = Mutex(start) }

    /// The instant it stands at.
    var now: Date { instant.withLock { $0 } }

    /// Moves it to `date`.
    func set(_ date: Date) { instant.withLock { $0 = date } }

    /// Moves it to 09:00 in Vietnam on `day` (`2026-09-21`).
    func set(day: String) { set(try! Date("\(day)T09:00:00+07:00", strategy: .iso8601)) }
}
