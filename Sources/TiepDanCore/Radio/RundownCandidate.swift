/// A question collected for a radio programme, as the rundown builder weighs it.
public struct RundownCandidate: Sendable, Equatable {
    public var id: String
    public var topic: String
    public var category: CaseCategory
    /// Characters of the question's text, for the estimate of speaking time.
    public var textLength: Int
    /// People with the same question.
    public var supporters: Int
    /// Marked urgent by the secretariat (safety, livelihoods, a deadline running out).
    public var urgent: Bool
    /// Days since it was sent.
    public var ageDays: Int
    /// The secretariat's own estimate in seconds, replacing the computed one.
    public var secondsOverride: Int?

    /// Creates a candidate.
    public init(
        id: String,
        topic: String,
        category: CaseCategory,
        textLength: Int,
        supporters: Int,
        urgent: Bool,
        ageDays: Int,
        secondsOverride: Int? = nil
    ) {
        self.id = id
        self.topic = topic
        self.category = category
        self.textLength = textLength
        self.supporters = supporters
        self.urgent = urgent
        self.ageDays = ageDays
        self.secondsOverride = secondsOverride
    }

    /// Seconds on air: reading the question (about 14 characters a second) plus an answer whose
    /// length depends on the category, between one and ten minutes.
    public var estimatedSeconds: Int {
        if let secondsOverride { return secondsOverride }
        let answer: Int
        switch category {
        case .question, .feedback: answer = 90
        case .petition: answer = 120
        case .complaint, .denunciation, .information: answer = 180
        }
        return min(600, max(60, textLength / 14 + answer))
    }

    /// The priority before topic coverage: supporters count most, then urgency, then waiting time.
    public var basePriority: Int {
        min(supporters, 50) * 4 + (urgent ? 60 : 0) + min(ageDays, 60) / 2
    }
}
