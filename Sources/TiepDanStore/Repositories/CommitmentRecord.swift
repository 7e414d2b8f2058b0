import Foundation
public import TiepDanCore

/// A stored commitment. `status` is as stored (never `overdue`): derive the shown status with
/// `CommitmentClock`.
public struct CommitmentRecord: Sendable, Equatable {
    public var id: String
    public var organisationID: String
    public var text: String
    public var ownerID: String
    public var ownerKind: String
    public var sessionID: String?
    public var questionReference: String?
    public var madeAt: Date
    public var dueDate: CivilDate
    public var originalDue: CivilDate
    public var status: CommitmentStatus
    public var progress: Int
    public var doneAt: Date?
    public var dropReason: String?
}
