import TiepDanStore

extension CommitmentError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .notFound: .notFound("no such commitment")
        case .notAllowed(let why): .conflict(why)
        }
    }
}
