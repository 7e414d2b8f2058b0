import TiepDanStore

extension VisitError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .notFound: .notFound("no such booking")
        case .notAllowed(let why): .conflict(why)
        }
    }
}
