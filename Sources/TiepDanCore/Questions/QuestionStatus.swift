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
    /// Handling temporarily suspended (tạm đình chỉ) by a decision with its reason and basis: the time does not count
    /// toward the deadline until it resumes (Law 136/2025/QH15).
    case paused
    /// The office asked the citizen to clarify: the clock stops until the citizen answers.
    case awaitingCitizen = "awaiting_citizen"
    /// The citizen withdrew the whole complaint or denunciation: handling ends.
    case withdrawn
    /// Handling suspended for good (đình chỉ) by a decision with its reason and basis.
    case suspended

    /// Whether the question is still being handled.
    public var isOpen: Bool { ![.rejected, .merged, .published, .withdrawn, .suspended].contains(self) }

    /// Whether its deadline runs now: open, and not stopped by a temporary suspension or a clarification awaited.
    public var clockRuns: Bool { isOpen && !clockStopped }

    /// Whether the clock is stopped, to restart where it left off.
    public var clockStopped: Bool { self == .paused || self == .awaitingCitizen }
}
