/// Where a question (or complaint, petition...) stands in its handling.
public enum QuestionStatus: String, Sendable, Codable, CaseIterable {
    /// Received, not yet screened.
    case submitted
    /// Screened and taken for handling.
    case accepted
    /// Screened and refused, with the reason told to the citizen.
    case rejected
    /// The same as another question, which now carries it.
    case merged
    /// Given to a department with a due date.
    case assigned
    /// A draft answer is written.
    case answered
    /// A leader approved the answer.
    case approved
    /// The answer is out: to the citizen, and to the public when the citizen consented.
    case published

    /// Whether the question is still being handled (its deadline still runs).
    public var isOpen: Bool { ![.rejected, .merged, .published].contains(self) }
}
