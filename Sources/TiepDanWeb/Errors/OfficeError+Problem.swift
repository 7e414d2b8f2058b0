import TiepDanOffice

extension OfficeError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .invalid(let issues): .invalid(issues)
        case .notFound(let detail): .notFound(detail)
        case .forbidden(let detail): .forbidden(detail)
        case .conflict(let detail, let field): .conflict(detail, field: field)
        }
    }
}
