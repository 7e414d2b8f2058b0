/// How often a recurrence's period repeats (RFC 5545 FREQ).
public enum RecurrenceFrequency: String, Sendable, Equatable {
    /// Every day (times INTERVAL).
    case daily = "DAILY"
    /// Every week, starting on WKST.
    case weekly = "WEEKLY"
    /// Every month.
    case monthly = "MONTHLY"
    /// Every year.
    case yearly = "YEARLY"
}
