import TiepDanStore

extension SessionChangeError: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .notFound: .notFound("no such session")
        case .notChangeable(let why): .conflict(why)
        case .leaderBusy(let leader, let other): .conflict("leader \(leader) already has session \(other) at that time", field: "to")
        }
    }
}
