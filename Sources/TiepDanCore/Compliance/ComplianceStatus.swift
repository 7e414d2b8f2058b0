/// Where one leader's month or quarter stands on the day the report is read.
public enum ComplianceStatus: String, Sendable, Codable, Equatable {
    /// Ended, with at least the days the minimum requires held (or no minimum applies).
    case met
    /// Ended with fewer days held than the minimum requires.
    case short
    /// The current period: counted so far, never shown as a shortfall.
    case inProgress = "in_progress"
    /// Not yet begun: nothing is counted, so nothing can be short.
    case ahead
}
