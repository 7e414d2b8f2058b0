/// The figures of the periodic report on citizen reception for some organisations and days, as counted from the
/// records (Circular 02/2021/TT-TTCP's report): sessions, people received, matters, answers and commitments.
public struct ReceptionCounts: Sendable, Equatable, Codable {
    /// Reception sessions held: every one, from a recurring rule, ad hoc, held online in whole or part.
    public var sessionsHeld = 0
    public var sessionsPeriodic = 0
    public var sessionsAdHoc = 0
    public var sessionsOnline = 0
    /// Visits received (lượt), the people they stood for, the groups of five or more, and those groups' representatives.
    public var visits = 0
    public var people = 0
    public var groups = 0
    public var representatives = 0
    /// Visits by the category of the matter and by the handling direction, as recorded.
    public var visitsByCategory: [String: Int] = [:]
    public var visitsByOutcome: [String: Int] = [:]
    /// Questions and letters received, by category.
    public var questionsReceived = 0
    public var questionsByCategory: [String: Int] = [:]
    /// Answers published, and those by the legal due date.
    public var questionsAnswered = 0
    public var questionsAnsweredOnTime = 0
    /// Commitments done, and those by their due date.
    public var commitmentsDone = 0
    public var commitmentsDoneOnTime = 0

    /// Creates empty counts.
    public init() {}

    /// These counts and `other` together.
    public func adding(_ other: ReceptionCounts) -> ReceptionCounts {
        var sum = self
        sum.sessionsHeld += other.sessionsHeld
        sum.sessionsPeriodic += other.sessionsPeriodic
        sum.sessionsAdHoc += other.sessionsAdHoc
        sum.sessionsOnline += other.sessionsOnline
        sum.visits += other.visits
        sum.people += other.people
        sum.groups += other.groups
        sum.representatives += other.representatives
        sum.visitsByCategory.merge(other.visitsByCategory, uniquingKeysWith: +)
        sum.visitsByOutcome.merge(other.visitsByOutcome, uniquingKeysWith: +)
        sum.questionsReceived += other.questionsReceived
        sum.questionsByCategory.merge(other.questionsByCategory, uniquingKeysWith: +)
        sum.questionsAnswered += other.questionsAnswered
        sum.questionsAnsweredOnTime += other.questionsAnsweredOnTime
        sum.commitmentsDone += other.commitmentsDone
        sum.commitmentsDoneOnTime += other.commitmentsDoneOnTime
        return sum
    }
}
