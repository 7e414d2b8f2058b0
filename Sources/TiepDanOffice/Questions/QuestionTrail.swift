public import Foundation
public import TiepDanStore

/// A question as its sender follows it: every step, and the answer once published (for a merged question,
/// the answer given to the question it joined), with the organisation's zone to show times in.
public struct QuestionTrail: Sendable {
    public let record: QuestionRecord
    public let events: [QuestionEvent]
    public let answer: String?
    public let publishedAt: Date?
    public let zone: TimeZone
}
