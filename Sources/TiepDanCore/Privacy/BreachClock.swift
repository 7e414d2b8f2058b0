import Foundation

/// The one clock of a personal data breach: reported to the authority within 72 hours of its discovery.
public enum BreachClock {
    /// Hours from discovery to the report.
    public static let hours = 72

    /// The moment the report is due.
    public static func reportBy(discoveredAt: Date) -> Date {
        discoveredAt.addingTimeInterval(TimeInterval(hours * 3600))
    }

    /// Whole hours left at `now` (negative once late).
    public static func hoursLeft(discoveredAt: Date, now: Date) -> Int {
        Int((reportBy(discoveredAt: discoveredAt).timeIntervalSince(now) / 3600).rounded(.down))
    }
}
