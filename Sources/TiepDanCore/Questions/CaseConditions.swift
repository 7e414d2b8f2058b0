/// What lengthens a complaint's resolution limit under the Law on Complaints (Art. 28, 37): a complex case, a remote
/// area with difficult travel, and the second instance. Recorded on the case when it is accepted.
public struct CaseConditions: Sendable, Hashable, Codable {
    public var complex: Bool
    public var remote: Bool
    public var secondInstance: Bool

    /// Conditions as given; none by default.
    public init(complex: Bool = false, remote: Bool = false, secondInstance: Bool = false) {
        self.complex = complex
        self.remote = remote
        self.secondInstance = secondInstance
    }

    /// The rules file's key for these conditions: `resolve_days`, `resolve_days_complex`,
    /// `second_instance_days_remote_complex`...
    public var key: String {
        (secondInstance ? "second_instance_days" : "resolve_days") + (remote ? "_remote" : "") + (complex ? "_complex" : "")
    }

    /// Every combination, in the order the rules file lists them.
    public static let all: [CaseConditions] = [false, true].flatMap { second in
        [false, true].flatMap { remote in [false, true].map { CaseConditions(complex: $0, remote: remote, secondInstance: second) } }
    }
}
