/// What staff may do to a question; each action is legal from some statuses only.
public enum QuestionAction: String, Sendable, CaseIterable {
    case accept
    case reject
    case merge
    case assign
    case answer
    case approve
    /// A leader sends the drafted answer back for revision, with a comment.
    case returnForRevision = "return"
    case publish

    /// The status the action leads to from `status`, or nil when the action is not allowed there.
    public func target(from status: QuestionStatus) -> QuestionStatus? {
        switch (self, status) {
        case (.accept, .submitted): return .accepted
        case (.reject, .submitted), (.reject, .accepted): return .rejected
        case (.merge, .submitted), (.merge, .accepted): return .merged
        // Re-assigning moves a question to another department; a redraft replaces the draft.
        case (.assign, .accepted), (.assign, .assigned), (.assign, .answered): return .assigned
        case (.answer, .assigned), (.answer, .answered): return .answered
        case (.approve, .answered): return .approved
        case (.returnForRevision, .answered): return .assigned
        case (.publish, .approved): return .published
        default: return nil
        }
    }
}
