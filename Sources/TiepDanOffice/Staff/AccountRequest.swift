public import TiepDanCore

/// A new staff account as an administrator asks for it, from the command line or the web.
public struct AccountRequest: Sendable {
    public var username: String
    /// `admin`, `secretariat`, `leader` or `officer`; `admin` with no organisation makes a system administrator.
    public var roles: [String]
    public var organisations: [String]
    /// An officer's department: `ORG.DEPT`, or its id within the (single) organisation.
    public var department: String?
    /// Whether the grants also oversee their organisations' children, read-only.
    public var overseesChildren: Bool
    public var fullName: String?
    public var title: String?

    /// A request; every text as the administrator wrote it.
    public init(
        username: String,
        roles: [String],
        organisations: [String],
        department: String? = nil,
        overseesChildren: Bool = false,
        fullName: String? = nil,
        title: String? = nil
    ) {
        self.username = username
        self.roles = roles
        self.organisations = organisations
        self.department = department
        self.overseesChildren = overseesChildren
        self.fullName = fullName
        self.title = title
    }
}
