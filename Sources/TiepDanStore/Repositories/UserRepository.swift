import Foundation
import SQLKit
public import TiepDanCore

/// Staff accounts and their grants in organisations. Passwords arrive already hashed: the store never sees one
/// in clear. Every change is audited in the transaction that makes it.
public struct UserRepository: Sendable {
    let store: any Store

    /// A repository over `store`.
    public init(store: any Store) {
        self.store = store
    }

    /// Creates an account and audits it; throws `StoreError.duplicate` when the name is taken.
    public func create(
        username: String,
        passwordHash: String,
        fullName: String? = nil,
        title: String? = nil,
        isSystemAdmin: Bool = false,
        grants: [OrganisationGrant],
        mustChangePassword: Bool = false,
        actor: String
    ) async throws -> StaffUser {
        let user = StaffUser(
            id: "u-" + SecureRandom.hex(bytes: 8),
            username: username,
            fullName: fullName,
            title: title,
            isSystemAdmin: isSystemAdmin,
            grants: grants,
            mustChangePassword: mustChangePassword
        )
        let now = Date()
        do {
            try await store.transaction { database in
                try await database.raw(
                    """
                    INSERT INTO users (id, username, password_hash, roles, department_id, created_at, full_name, title,
                                       system_admin, must_change_password)
                    VALUES (\(bind: user.id), \(bind: user.username), \(bind: passwordHash), \(bind: Self.encode(user.roles)),
                            \(bind: user.departmentID), \(bind: Int64(now.timeIntervalSince1970)), \(bind: fullName), \(bind: title),
                            \(bind: isSystemAdmin ? 1 : 0), \(bind: mustChangePassword ? 1 : 0))
                    """
                ).run()
                try await Self.insert(grants, for: user.id, on: database)
                try await Self.audit(user.id, "create", before: nil, after: user, actor: actor, at: now, on: database)
            }
        } catch  where DatabaseErrorKind.isUniqueViolation(error) {
            throw StoreError.duplicate("user '\(username)'")
        }
        return user
    }

    /// Creates an account with `roles` in every organisation (`admin` making a system administrator), as accounts
    /// were before organisation scope.
    public func create(
        username: String,
        passwordHash: String,
        roles: Set<StaffRole>,
        departmentID: String? = nil,
        actor: String
    ) async throws -> StaffUser {
        let shape = StaffUser(id: "", username: username, roles: roles, departmentID: departmentID)
        return try await create(
            username: username,
            passwordHash: passwordHash,
            isSystemAdmin: shape.isSystemAdmin,
            grants: shape.grants,
            actor: actor
        )
    }

    /// How many accounts exist; zero means the first start must create `admin`.
    public func count() async throws -> Int {
        try await store.read { database in
            try await database.raw("SELECT COUNT(*) AS n FROM users").first()?.decode(column: "n", as: Int.self) ?? 0
        }
    }

    /// Every account, by user name.
    public func list() async throws -> [StaffAccount] {
        try await store.read { database in
            let rows = try await database.raw("SELECT \(unsafeRaw: Self.columns), created_at FROM users ORDER BY username").all()
            return try Self.accounts(rows, grants: try await Self.grants(of: nil, on: database))
        }
    }

    /// The account with this login name, enabled or not.
    public func find(username: String) async throws -> StaffAccount? {
        try await store.read { database in
            let rows = try await database.raw("SELECT \(unsafeRaw: Self.columns), created_at FROM users WHERE username = \(bind: username)").all()
            guard let id = try rows.first?.decode(column: "id", as: String.self) else { return nil }
            return try Self.accounts(rows, grants: try await Self.grants(of: id, on: database)).first
        }
    }

    /// The enabled user with this name, their grants and their password hash, for signing in.
    public func credentials(username: String) async throws -> (user: StaffUser, passwordHash: String)? {
        try await store.read { database in
            guard
                let row = try await database.raw(
                    """
                    SELECT \(unsafeRaw: Self.columns), password_hash FROM users
                    WHERE username = \(bind: username) AND disabled_at IS NULL
                    """
                ).first()
            else { return nil }
            var user = try Self.user(from: row)
            user.grants = try await Self.grants(of: user.id, on: database)[user.id] ?? []
            return (user, try row.decode(column: "password_hash", as: String.self))
        }
    }

    /// The password hash of an account, for checking the current password before a change.
    public func passwordHash(userID: String) async throws -> String? {
        try await store.read { database in
            try await database.raw("SELECT password_hash FROM users WHERE id = \(bind: userID)").first()?
                .decode(column: "password_hash", as: String.self)
        }
    }

    /// Sets a new password; `mustChange` makes the next sign-in choose another (a reset by an administrator).
    /// The account's other sessions end, except `keepingSession` (the one changing its own password).
    public func setPassword(
        userID: String,
        passwordHash: String,
        mustChange: Bool,
        keepingSession: String? = nil,
        actor: String
    ) async throws {
        let now = Date()
        try await store.transaction { database in
            guard
                try await database.raw(
                    """
                    UPDATE users SET password_hash = \(bind: passwordHash), must_change_password = \(bind: mustChange ? 1 : 0)
                    WHERE id = \(bind: userID) RETURNING id
                    """
                ).first() != nil
            else { throw StoreError.notFound("user \(userID)") }
            try await Self.endSessions(of: userID, keeping: keepingSession, at: now, on: database)
            let action = mustChange ? "password_reset" : "password_change"
            try await AuditLog.append(AuditEntry(at: now, actor: actor, entityKind: "user", entityID: userID, action: action), on: database)
        }
    }

    /// Ends every session of the account but `keepingSession` (the one asking), audited.
    public func endOtherSessions(userID: String, keepingSession tokenHash: String?, now: Date = Date()) async throws {
        try await store.transaction { database in
            try await Self.endSessions(of: userID, keeping: tokenHash, at: now, on: database)
            try await AuditLog.append(
                AuditEntry(at: now, actor: userID, entityKind: "user", entityID: userID, action: "logout_others"),
                on: database
            )
        }
    }

    /// Disables an account (its sessions end at once) or enables it again.
    public func setDisabled(userID: String, _ disabled: Bool, actor: String) async throws {
        let now = Date()
        try await store.transaction { database in
            let stamp: Int64? = disabled ? Int64(now.timeIntervalSince1970) : nil
            guard
                try await database.raw("UPDATE users SET disabled_at = \(bind: stamp) WHERE id = \(bind: userID) RETURNING id").first()
                    != nil
            else { throw StoreError.notFound("user \(userID)") }
            if disabled { try await Self.endSessions(of: userID, keeping: nil, at: now, on: database) }
            try await AuditLog.append(
                AuditEntry(at: now, actor: actor, entityKind: "user", entityID: userID, action: disabled ? "disable" : "enable"),
                on: database
            )
        }
    }

    /// Replaces an account's name, title, system administration and grants.
    public func update(_ user: StaffUser, actor: String) async throws {
        let now = Date()
        try await store.transaction { database in
            guard let before = try await Self.user(id: user.id, on: database) else { throw StoreError.notFound("user \(user.id)") }
            try await database.raw(
                """
                UPDATE users SET full_name = \(bind: user.fullName), title = \(bind: user.title),
                    system_admin = \(bind: user.isSystemAdmin ? 1 : 0), roles = \(bind: Self.encode(user.roles)),
                    department_id = \(bind: user.departmentID)
                WHERE id = \(bind: user.id)
                """
            ).run()
            try await database.raw("DELETE FROM staff_grants WHERE user_id = \(bind: user.id)").run()
            try await Self.insert(user.grants, for: user.id, on: database)
            try await Self.audit(user.id, "update", before: before, after: user, actor: actor, at: now, on: database)
        }
    }

    // MARK: Rows

    static let columns = "id, username, full_name, title, system_admin, must_change_password, disabled_at, totp_secret"

    static func user(from row: any SQLRow) throws -> StaffUser {
        var user = StaffUser(
            id: try row.decode(column: "id", as: String.self),
            username: try row.decode(column: "username", as: String.self),
            fullName: try row.decode(column: "full_name", as: String?.self),
            title: try row.decode(column: "title", as: String?.self),
            isSystemAdmin: try row.decode(column: "system_admin", as: Int.self) != 0,
            grants: [],
            mustChangePassword: try row.decode(column: "must_change_password", as: Int.self) != 0
        )
        user.hasSecondFactor = try row.decode(column: "totp_secret", as: String?.self) != nil
        return user
    }

    /// The grants of one account, or of every account (nil), by account id.
    static func grants(of userID: String?, on database: any SQLDatabase) async throws -> [String: [OrganisationGrant]] {
        let rows =
            if let userID {
                try await database.raw(
                    """
                    SELECT user_id, organisation_id, roles, department_id, oversees_children FROM staff_grants
                    WHERE user_id = \(bind: userID) ORDER BY organisation_id
                    """
                ).all()
            } else {
                try await database.raw(
                    "SELECT user_id, organisation_id, roles, department_id, oversees_children FROM staff_grants ORDER BY organisation_id"
                ).all()
            }
        var grants: [String: [OrganisationGrant]] = [:]
        for row in rows {
            grants[try row.decode(column: "user_id", as: String.self), default: []].append(
                OrganisationGrant(
                    organisationID: try row.decode(column: "organisation_id", as: String.self),
                    roles: decode(try row.decode(column: "roles", as: String.self)),
                    departmentID: try row.decode(column: "department_id", as: String?.self),
                    overseesChildren: try row.decode(column: "oversees_children", as: Int.self) != 0
                )
            )
        }
        return grants
    }

    /// The account with its grants, read inside a transaction.
    static func user(id: String, on database: any SQLDatabase) async throws -> StaffUser? {
        guard let row = try await database.raw("SELECT \(unsafeRaw: columns) FROM users WHERE id = \(bind: id)").first() else { return nil }
        var user = try Self.user(from: row)
        user.grants = try await grants(of: id, on: database)[id] ?? []
        return user
    }

    static func encode(_ roles: Set<StaffRole>) -> String {
        roles.sorted().map(\.rawValue).joined(separator: ",")
    }

    static func decode(_ text: String) -> Set<StaffRole> {
        Set(text.split(separator: ",").compactMap { StaffRole(rawValue: String($0)) })
    }

    private static func accounts(_ rows: [any SQLRow], grants: [String: [OrganisationGrant]]) throws -> [StaffAccount] {
        try rows.map { row in
            var user = try Self.user(from: row)
            user.grants = grants[user.id] ?? []
            return StaffAccount(
                user: user,
                createdAt: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "created_at", as: Int64.self))),
                disabledAt: try row.decode(column: "disabled_at", as: Int64?.self).map { Date(timeIntervalSince1970: TimeInterval($0)) }
            )
        }
    }

    private static func insert(_ grants: [OrganisationGrant], for userID: String, on database: any SQLDatabase) async throws {
        for grant in grants {
            try await database.raw(
                """
                INSERT INTO staff_grants (user_id, organisation_id, roles, department_id, oversees_children)
                VALUES (\(bind: userID), \(bind: grant.organisationID), \(bind: encode(grant.roles)), \(bind: grant.departmentID),
                        \(bind: grant.overseesChildren ? 1 : 0))
                """
            ).run()
        }
    }

    static func endSessions(of userID: String, keeping tokenHash: String?, at now: Date, on database: any SQLDatabase) async throws {
        try await database.raw(
            """
            UPDATE staff_sessions SET revoked_at = \(bind: Int64(now.timeIntervalSince1970))
            WHERE user_id = \(bind: userID) AND revoked_at IS NULL AND token_hash <> \(bind: tokenHash ?? "")
            """
        ).run()
    }

    private static func audit(
        _ id: String,
        _ action: String,
        before: StaffUser?,
        after: StaffUser,
        actor: String,
        at now: Date,
        on database: any SQLDatabase
    ) async throws {
        try await AuditLog.append(
            AuditEntry(
                at: now,
                actor: actor,
                entityKind: "user",
                entityID: id,
                action: action,
                before: before.map { AuditEntry.json($0) },
                after: AuditEntry.json(after)
            ),
            on: database
        )
    }
}
