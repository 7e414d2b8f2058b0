/// What staff (or, for `clarified`, the citizen) may do to a question; each action is legal from some statuses only.
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
    /// The citizen withdraws the whole case: it ends. (Withdrawing a part keeps the status: `withdrawPart`.)
    case withdraw
    /// The citizen withdraws part of the case; the rest is handled as before.
    case withdrawPart = "withdraw_part"
    /// Temporary suspension: the clock stops until `resume`.
    case pause
    /// Handling resumes where it stood; every deadline moves by the time paused.
    case resume
    /// Suspension for good: handling ends.
    case suspend
    /// The office asks the citizen to clarify; the clock stops until the answer.
    case clarify
    /// The citizen's answer to a clarification request, given by the citizen or recorded by staff: the clock restarts.
    case clarified
    /// The complainant missed the dialogue without a valid reason: handling continues, and the record says so.
    case continueHandling = "continue"

    /// Statuses in which the case is being handled after acceptance: where it may be paused, suspended or continued.
    static let handling: Set<QuestionStatus> = [.accepted, .assigned, .answered]

    /// The status the action leads to from `status`, or nil when the action is not allowed there. `resuming` is the
    /// status a stopped clock returns to (the one the case stood in when it stopped).
    public func target(from status: QuestionStatus, resuming: QuestionStatus? = nil) -> QuestionStatus? {
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
        case (.withdraw, _) where status.isOpen: return .withdrawn
        case (.withdrawPart, _) where status.isOpen: return status
        case (.pause, _) where Self.handling.contains(status): return .paused
        case (.suspend, _) where Self.handling.contains(status) || status.clockStopped: return .suspended
        case (.clarify, .submitted), (.clarify, .accepted), (.clarify, .assigned): return .awaitingCitizen
        case (.resume, .paused), (.clarified, .awaitingCitizen): return resuming
        case (.continueHandling, _) where Self.handling.contains(status): return status
        default: return nil
        }
    }

    /// Whether the law gives this action for `category`: withdrawal and suspension belong to complaints and
    /// denunciations (Law 136/2025/QH15), continuing after a missed dialogue to complaints; the rest to every category.
    public func applies(to category: CaseCategory) -> Bool {
        switch self {
        case .withdraw, .withdrawPart, .pause, .suspend: return category == .complaint || category == .denunciation
        case .continueHandling: return category == .complaint
        default: return true
        }
    }

    /// Whether the action stops the clock (the case keeps the status to resume to and the day it stopped).
    public var stopsClock: Bool { self == .pause || self == .clarify }

    /// Whether the action restarts a stopped clock.
    public var restartsClock: Bool { self == .resume || self == .clarified }
}
