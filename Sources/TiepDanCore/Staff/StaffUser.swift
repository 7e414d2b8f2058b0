/// A person who signs in to do the office's work, in the organisations their grants name.
public struct StaffUser: Codable, Sendable, Equatable {
    /// Stable identifier, never reused.
    public var id: String
    /// Login name, unique, lower-case.
    public var username: String
    /// The name documents print ("Nguyễn Thị Lan"), never the login name.
    public var fullName: String?
    /// The title documents print ("Chuyên viên Văn phòng").
    public var title: String?
    /// Runs the installation: every organisation, every account, the audit trail.
    public var isSystemAdmin: Bool
    /// Where the account works and with which roles.
    public var grants: [OrganisationGrant]
    /// The children of the organisations it oversees, known once its session is resolved: read-only there.
    public var overseen: Set<String>
    /// Set after a reset or at the first administrator's start: the next sign-in must choose a new password.
    public var mustChangePassword: Bool
    /// Whether the account signs in with an authenticator app's code.
    public var hasSecondFactor = false
    /// Whether an organisation where it holds roles requires a second factor for one of them
    /// (`requiresSecondFactor(policies:)`), known once its session is resolved.
    public var secondFactorRequired = false

    /// A staff user working in the organisations of `grants`.
    public init(
        id: String,
        username: String,
        fullName: String? = nil,
        title: String? = nil,
        isSystemAdmin: Bool = false,
        grants: [OrganisationGrant],
        overseen: Set<String> = [],
        mustChangePassword: Bool = false
    ) {
        self.id = id
        self.username = username
        self.fullName = fullName
        self.title = title
        self.isSystemAdmin = isSystemAdmin
        self.grants = grants
        self.overseen = overseen
        self.mustChangePassword = mustChangePassword
    }

    /// A user with `roles` in every organisation (`admin` making a system administrator), as accounts were before
    /// organisation scope; tests of rules that do not depend on the organisation use it too.
    public init(id: String, username: String, roles: Set<StaffRole>, departmentID: String? = nil) {
        let others = roles.subtracting([.admin])
        self.init(
            id: id,
            username: username,
            isSystemAdmin: roles.contains(.admin),
            grants: others.isEmpty
                ? [] : [OrganisationGrant(organisationID: OrganisationGrant.everyOrganisation, roles: others, departmentID: departmentID)]
        )
    }

    /// Every role the account holds somewhere (`admin` for a system administrator): what a route asks before the
    /// office checks the organisation of what is touched.
    public var roles: Set<StaffRole> {
        grants.reduce(into: isSystemAdmin ? [.admin] : []) { $0.formUnion($1.roles) }
    }

    /// The department of the account's first grant that names one.
    public var departmentID: String? {
        grants.lazy.compactMap(\.departmentID).first
    }

    /// Whether the account holds at least one of `allowed` somewhere; a system administrator holds every role.
    public func hasAnyRole(_ allowed: Set<StaffRole>) -> Bool {
        isSystemAdmin || !roles.isDisjoint(with: allowed)
    }

    /// The roles the account holds in `organisationID` (every role for a system administrator).
    public func roles(in organisationID: String) -> Set<StaffRole> {
        if isSystemAdmin { return Set(StaffRole.allCases) }
        return grants.filter { $0.covers(organisationID) }.reduce(into: []) { $0.formUnion($1.roles) }
    }

    /// Whether the account holds at least one of `allowed` in `organisationID`.
    public func hasAnyRole(_ allowed: Set<StaffRole>, in organisationID: String) -> Bool {
        !roles(in: organisationID).isDisjoint(with: allowed)
    }

    /// The officer's department in `organisationID`.
    public func department(in organisationID: String) -> String? {
        grants.first { $0.covers(organisationID) && $0.departmentID != nil }?.departmentID
    }

    /// Whether the account may know of `organisationID`'s objects: granted there, or overseeing it.
    public func canRead(_ organisationID: String) -> Bool {
        isSystemAdmin || overseen.contains(organisationID) || grants.contains { $0.covers(organisationID) }
    }

    /// The organisations the account may read, or nil for every one (a system administrator, or a grant for all).
    public var readableOrganisations: Set<String>? {
        if isSystemAdmin || grants.contains(where: { $0.organisationID == OrganisationGrant.everyOrganisation }) { return nil }
        return Set(grants.map(\.organisationID)).union(overseen)
    }

    /// What documents print for the person: the full name, else the login name.
    public var displayName: String {
        fullName ?? username
    }
}
