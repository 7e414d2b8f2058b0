public import Foundation
public import TiepDanStore

/// A question as its sender follows it: every step, and the answer once published (for a merged question,
/// the answer given to the question it joined), the consents given, with the organisation's zone to show times in.
public struct QuestionTrail: Sendable {
    public let record: QuestionRecord
    public let events: [QuestionEvent]
    public let answer: String?
    public let publishedAt: Date?
    /// What the sender agreed to, in force or withdrawn.
    public let consents: [ConsentRecord]
    public let zone: TimeZone
}
