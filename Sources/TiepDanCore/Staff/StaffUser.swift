/// A person who signs in to do the office's work.
public struct StaffUser: Codable, Sendable, Equatable {
    /// Stable identifier, never reused.
    public var id: String
    /// Login name, unique, lower-case.
    public var username: String
    /// What the user may do.
    public var roles: Set<StaffRole>
    /// The department an officer belongs to; officers see only its questions.
    public var departmentID: String?

    /// Creates a staff user value.
    public init(id: String, username: String, roles: Set<StaffRole>, departmentID: String? = nil) {
        self.id = id
        self.username = username
        self.roles = roles
        self.departmentID = departmentID
    }

    /// Whether the user holds at least one of `allowed`; admin holds every role.
    public func hasAnyRole(_ allowed: Set<StaffRole>) -> Bool {
        roles.contains(.admin) || !roles.isDisjoint(with: allowed)
    }
}
