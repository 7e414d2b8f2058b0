public import Foundation
public import TiepDanCore

/// What the accountability figures count of one commitment: its stored status, its due date and when it was done.
public struct CommitmentStanding: Sendable {
    public let status: CommitmentStatus
    public let dueDate: CivilDate
    public let doneAt: Date?

    /// A standing as stored.
    public init(status: CommitmentStatus, dueDate: CivilDate, doneAt: Date?) {
        self.status = status
        self.dueDate = dueDate
        self.doneAt = doneAt
    }
}
