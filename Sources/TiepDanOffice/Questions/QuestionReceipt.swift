public import TiepDanStore

/// A question received: as stored, the token that lets its sender follow it (shown once), and the answered
/// questions that look like it.
public struct QuestionReceipt: Sendable {
    public let record: QuestionRecord
    public let token: String
    /// Reference and subject of each alike question the asker may read (published ones only for a citizen).
    public let similar: [(reference: String, subject: String)]
}
