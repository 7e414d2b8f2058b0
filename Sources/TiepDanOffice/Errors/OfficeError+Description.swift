extension OfficeError: CustomStringConvertible {
    /// The refusal as one line, for the command line and the log.
    public var description: String {
        switch self {
        case .invalid(let issues): issues.map(\.message).joined(separator: "; ")
        case .notFound(let detail), .forbidden(let detail): detail
        case .conflict(let detail, _): detail
        case .badCredentials: "wrong user name or password"
        case .secondFactorRequired: "the code of the second factor is needed"
        case .tooManyAttempts(let wait): "too many attempts; try again in \(wait) s"
        }
    }
}
