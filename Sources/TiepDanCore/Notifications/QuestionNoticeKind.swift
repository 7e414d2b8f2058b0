/// What happened to a question that its sender must be told of. The raw value names the notice's templates
/// (`notices/question-<value>.<channel>.mustache`).
public enum QuestionNoticeKind: String, Sendable, Codable, CaseIterable {
    /// The office received it: its reference and where to follow it.
    case received
    /// The office asks the sender to clarify; the clock waits for the answer.
    case clarificationRequested = "clarification_requested"
    /// The answer is published: where to read it.
    case answerPublished = "answer_published"
    /// A commitment the office made on the question is done: what was promised.
    case commitmentCompleted = "commitment_completed"
}
