public import TiepDanCore

/// Why a question cannot be submitted or changed as asked.
public enum QuestionError: Error, Equatable {
    /// No such question (or the token does not match).
    case notFound
    /// The action is not allowed in the question's present status.
    case illegalTransition(action: QuestionAction, from: QuestionStatus)
    /// The session or programme does not take questions now, and why.
    case closed(String)
    /// Something else forbids it, and why.
    case notAllowed(String)
}
