/// Where a commitment stands, as the public sees it. `overdue` is never stored: it is derived
/// from the due date, the organisation's calendar and the moment of asking.
public enum CommitmentStatus: String, Sendable, Codable, CaseIterable {
    case open
    case inProgress = "in_progress"
    case done
    case overdue
    /// Given up, with the reason recorded and shown.
    case dropped
}
