public import Foundation
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
        var roles: Set<StaffRole> = []
        for name in request.roles {
            guard let role = StaffRole(rawValue: name) else {
                issues.append(FieldIssue(field: "role", message: "unknown role '\(name)': use admin, secretariat, leader or officer"))
                continue
            }
            roles.insert(role)
        }
        if request.roles.isEmpty { issues.append(FieldIssue(field: "role", message: "give at least one role")) }
        if password.count < 8 { issues.append(FieldIssue(field: "password", message: "the password must be at least 8 characters")) }
        var seen: Set<String> = []
        let organisations = request.organisations.filter { seen.insert($0).inserted }
        for organisation in organisations where directory.departments[organisation] == nil {
            issues.append(FieldIssue(field: "organisation", message: "unknown organisation '\(organisation)'"))
        }
        let isSystemAdmin = roles.contains(.admin) && organisations.isEmpty
        if organisations.isEmpty && !roles.subtracting([.admin]).isEmpty {
            issues.append(FieldIssue(field: "organisation", message: "give the organisation the account works for (--organisation)"))
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
