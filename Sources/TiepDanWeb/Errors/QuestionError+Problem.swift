import TiepDanStore

extension QuestionError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .notFound: .notFound("no such question")
        case .illegalTransition(let action, let from): .conflict("cannot \(action.rawValue) a question that is \(from.rawValue)")
        case .closed(let why): .conflict(why, field: "session_id")
        case .notAllowed(let why): .conflict(why)
        }
    }
}
