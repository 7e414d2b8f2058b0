import TiepDanStore

extension DocumentError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .notFound: .notFound("no such document")
        case .conflict(let why): .conflict(why)
        case .invalid(let field, let why): .invalid(field: field, why)
        }
    }
}
