/// The counts on a staff member's start page, each of what that account may read: its questions about to fall due or
/// already late, answers waiting for a leader's approval, and commitments due within a week or late.
public struct Workload: Sendable, Equatable {
    public let questionsDueSoon: Int
    public let questionsOverdue: Int
    public let answersAwaitingApproval: Int
    public let commitmentsDue: Int

    /// The counts as given.
    public init(questionsDueSoon: Int, questionsOverdue: Int, answersAwaitingApproval: Int, commitmentsDue: Int) {
        self.questionsDueSoon = questionsDueSoon
        self.questionsOverdue = questionsOverdue
        self.answersAwaitingApproval = answersAwaitingApproval
        self.commitmentsDue = commitmentsDue
    }
}
