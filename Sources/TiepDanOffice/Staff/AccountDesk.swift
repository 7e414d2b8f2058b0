import Foundation
public import TiepDanCore
public import TiepDanStore

/// Staff accounts administered, from the command line and the web: created with their grants, listed, their
/// passwords set or reset, disabled and enabled. Each change lands in the audit trail with who made it.
public struct AccountDesk: Sendable {
    public let users: UserRepository
    let hasher: PasswordHasher

    /// A desk over the accounts; `hasher` hashes the passwords it sets.
    public init(users: UserRepository, hasher: PasswordHasher) {
        self.users = users
        self.hasher = hasher
    }

    /// Creates the account `request` describes with `password`, checking every field against `directory`;
    /// `mustChangePassword` when the password was generated for the user to replace.
    public func add(
        _ request: AccountRequest,
        password: String,
        mustChangePassword: Bool,
        directory: OrganisationDirectory,
        actor: String
    ) async throws -> StaffUser {
        var issues: [FieldIssue] = []
        if let problem = Username.problem(with: request.username) { issues.append(FieldIssue(field: "username", message: "user name \(problem)")) }
        if request.roles.isEmpty { issues.append(FieldIssue(field: "role", message: "give at least one role")) }
        if password.count < 8 { issues.append(FieldIssue(field: "password", message: "the password must be at least 8 characters")) }
        var seen: Set<String> = []
        let organisations = request.organisations.filter { seen.insert($0).inserted }
        for organisation in organisations where directory.departments[organisation] == nil {
            issues.append(FieldIssue(field: "organisation", message: "unknown organisation '\(organisation)'"))
        }
        let (roles, department) = Self.grantFields(request, organisations: organisations, directory: directory, issues: &issues)
        let isSystemAdmin = roles.contains(.admin) && organisations.isEmpty
        if organisations.isEmpty && !roles.subtracting([.admin]).isEmpty {
            issues.append(FieldIssue(field: "organisation", message: "give the organisation the account works for (--organisation)"))
        }
        guard issues.isEmpty else { throw OfficeError.invalid(issues) }
        let grants = organisations.map {
            OrganisationGrant(organisationID: $0, roles: roles, departmentID: department, overseesChildren: request.overseesChildren)
        }
        do {
            return try await users.create(
                username: request.username,
                passwordHash: try await hasher.hash(password),
                fullName: request.fullName?.trimmingCharacters(in: .whitespaces).nilIfEmpty,
                title: request.title?.trimmingCharacters(in: .whitespaces).nilIfEmpty,
                isSystemAdmin: isSystemAdmin,
                grants: grants,
                mustChangePassword: mustChangePassword,
                actor: actor
            )
        } catch StoreError.duplicate {
            throw OfficeError.conflict("user '\(request.username)' already exists", field: "username")
        }
    }

    /// Every account, by user name.
    public func list() async throws -> [StaffAccount] {
        try await users.list()
    }

    /// The accounts `admin` administers: every one for a system administrator; for an organisation's
    /// administrator, those working only in organisations it administers.
    public func list(administeredBy admin: StaffUser) async throws -> [StaffAccount] {
        try await users.list().filter { Self.administers(admin, $0.user) }
    }

    /// The organisations where `admin` creates and changes accounts (nil: every one).
    public static func administeredOrganisations(of admin: StaffUser) -> Set<String>? {
        if admin.isSystemAdmin { return nil }
        return Set(admin.grants.filter { $0.roles.contains(.admin) }.map(\.organisationID))
    }

    /// Whether `admin` may change `user`: a system administrator any; an organisation's administrator an account
    /// (not a system administrator's) whose every grant is in an organisation it administers.
    public static func administers(_ admin: StaffUser, _ user: StaffUser) -> Bool {
        guard let organisations = administeredOrganisations(of: admin) else { return true }
        guard !user.isSystemAdmin, !user.grants.isEmpty, !organisations.isEmpty else { return false }
        return user.grants.allSatisfy { organisations.contains($0.organisationID) }
    }

    /// Creates the account for `admin`, within the organisations it administers; the password is a one-time one
    /// the user changes at the first sign-in, returned to be handed over.
    public func add(_ request: AccountRequest, directory: OrganisationDirectory, by admin: StaffUser) async throws -> (StaffUser, String) {
        if let organisations = Self.administeredOrganisations(of: admin) {
            if request.organisations.isEmpty || request.organisations.contains(where: { !organisations.contains($0) }) {
                throw OfficeError.invalid(field: "organisation", "choose an organisation whose accounts you administer")
            }
        }
        let password = SecureRandom.password()
        let user = try await add(request, password: password, mustChangePassword: true, directory: directory, actor: admin.id)
        return (user, password)
    }

    /// Sets the account's roles (and department, and oversight) in one organisation `admin` administers: replaced
    /// when the account has a grant there, added when not, removed when no role is given.
    public func setGrant(
        username: String,
        _ request: AccountRequest,
        directory: OrganisationDirectory,
        by admin: StaffUser
    ) async throws
        -> StaffUser
    {
        var account = try await administered(username, by: admin).user
        guard let organisation = request.organisations.first, request.organisations.count == 1,
            Self.administeredOrganisations(of: admin)?.contains(organisation) ?? true, directory.departments[organisation] != nil
        else {
            throw OfficeError.invalid(field: "organisation", "choose an organisation whose accounts you administer")
        }
        var issues: [FieldIssue] = []
        let (roles, department) = Self.grantFields(request, organisations: [organisation], directory: directory, issues: &issues)
        guard issues.isEmpty else { throw OfficeError.invalid(issues) }
        account.grants.removeAll { $0.organisationID == organisation }
        if !roles.isEmpty {
            account.grants.append(
                OrganisationGrant(organisationID: organisation, roles: roles, departmentID: department, overseesChildren: request.overseesChildren)
            )
        }
        account.fullName = request.fullName?.trimmingCharacters(in: .whitespaces).nilIfEmpty ?? account.fullName
        account.title = request.title?.trimmingCharacters(in: .whitespaces).nilIfEmpty ?? account.title
        try await users.update(account, actor: admin.id)
        return account
    }

    /// A one-time password for the account, which its next sign-in must change; its sessions end.
    public func resetPassword(username: String, by admin: StaffUser) async throws -> String {
        let account = try await administered(username, by: admin)
        let password = SecureRandom.password()
        try await users.setPassword(userID: account.user.id, passwordHash: try await hasher.hash(password), mustChange: true, actor: admin.id)
        return password
    }

    /// Turns off the second factor of an account `admin` administers, for a user who lost the phone and the recovery
    /// codes; the account's sessions end, and where its organisation requires a factor it must enrol a new app at
    /// the next sign-in.
    public func removeSecondFactor(username: String, by admin: StaffUser) async throws {
        let account = try await administered(username, by: admin)
        try await users.removeSecondFactor(userID: account.user.id, actor: admin.id, endingSessions: true)
    }

    /// Turns off an account's second factor from the command line; its sessions end.
    public func removeSecondFactor(username: String, actor: String) async throws {
        let account = try await account(username)
        try await users.removeSecondFactor(userID: account.user.id, actor: actor, endingSessions: true)
    }

    /// Disables or enables an account `admin` administers; nobody disables their own.
    public func setDisabled(username: String, _ disabled: Bool, by admin: StaffUser) async throws {
        let account = try await administered(username, by: admin)
        guard account.user.id != admin.id else { throw OfficeError.conflict("you cannot disable your own account") }
        try await users.setDisabled(userID: account.user.id, disabled, actor: admin.id)
    }

    /// The roles and the officer's department a request asks for, each unacceptable one added to `issues`.
    private static func grantFields(
        _ request: AccountRequest,
        organisations: [String],
        directory: OrganisationDirectory,
        issues: inout [FieldIssue]
    ) -> (roles: Set<StaffRole>, department: String?) {
        var roles: Set<StaffRole> = []
        for name in request.roles {
            guard let role = StaffRole(rawValue: name) else {
                issues.append(FieldIssue(field: "role", message: "unknown role '\(name)': use admin, secretariat, leader or officer"))
                continue
            }
            roles.insert(role)
        }
        var department: String?
        if let text = request.department?.nilIfEmpty {
            if organisations.count != 1 {
                issues.append(FieldIssue(field: "department", message: "a department belongs to one organisation: give exactly one"))
            } else if let found = directory.department(text, in: organisations[0]) {
                department = found
            } else {
                issues.append(FieldIssue(field: "department", message: "unknown department '\(text)' in \(organisations[0])"))
            }
        }
        if roles.contains(.officer) && department == nil && !issues.contains(where: { $0.field == "department" }) {
            issues.append(FieldIssue(field: "department", message: "an officer needs their department (--department)"))
        }
        return (roles, department)
    }

    private func administered(_ username: String, by admin: StaffUser) async throws -> StaffAccount {
        guard let account = try await users.find(username: username), Self.administers(admin, account.user) else {
            throw OfficeError.notFound("no user '\(username)'")
        }
        return account
    }

    /// Sets the account's password; `mustChange` when it is a one-time password the user must replace.
    public func setPassword(username: String, password: String, mustChange: Bool, actor: String) async throws {
        guard password.count >= 8 else { throw OfficeError.invalid(field: "password", "the password must be at least 8 characters") }
        let account = try await account(username)
        try await users.setPassword(userID: account.user.id, passwordHash: try await hasher.hash(password), mustChange: mustChange, actor: actor)
    }

    /// Disables the account (its sessions end at once) or enables it again.
    public func setDisabled(username: String, _ disabled: Bool, actor: String) async throws {
        try await users.setDisabled(userID: try await account(username).user.id, disabled, actor: actor)
    }

    private func account(_ username: String) async throws -> StaffAccount {
        guard let account = try await users.find(username: username) else { throw OfficeError.notFound("no user '\(username)'") }
        return account
    }
}
