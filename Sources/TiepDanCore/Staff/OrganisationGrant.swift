/// What an account may do in one organisation: its roles there, an officer's department, and whether it also
/// oversees the organisation's children (the communes of a province), read-only unless given roles there too.
public struct OrganisationGrant: Codable, Sendable, Equatable, Hashable {
    /// Stands for every organisation: accounts from before organisation scope keep their reach until narrowed.
    public static let everyOrganisation = "*"

    public var organisationID: String
    public var roles: Set<StaffRole>
    /// The department (its full id, `ORG.DEPT`) an officer belongs to there.
    public var departmentID: String?
    /// Read-only oversight of the organisation's children.
    public var overseesChildren: Bool

    /// A grant of `roles` in `organisationID`.
    public init(organisationID: String, roles: Set<StaffRole>, departmentID: String? = nil, overseesChildren: Bool = false) {
        self.organisationID = organisationID
        self.roles = roles
        self.departmentID = departmentID
        self.overseesChildren = overseesChildren
    }

    /// Whether it holds in `organisationID`.
    public func covers(_ organisationID: String) -> Bool {
        self.organisationID == Self.everyOrganisation || self.organisationID == organisationID
    }
}
