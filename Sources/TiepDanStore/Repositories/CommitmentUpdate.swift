import Foundation
public import TiepDanCore

/// One change in a commitment's history: made, progress, extended, done or dropped.
public struct CommitmentUpdate: Sendable, Equatable {
    public var at: Date
    public var actor: String
    public var kind: String
    public var status: CommitmentStatus
    public var progress: Int
    public var note: String?
    /// A link to evidence (a photo, a document).
    public var evidence: String?
    public var dueBefore: CivilDate?
    public var dueAfter: CivilDate?
}
