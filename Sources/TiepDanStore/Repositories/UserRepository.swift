import Foundation
import SQLKit
public import TiepDanCore

/// Staff accounts. Passwords arrive already hashed: the store never sees one in clear.
public struct UserRepository: Sendable {
    private let store: any Store

    /// A repository over `store`.
    public init(store: any Store) {
        self.store = store
    }

    /// Creates a user and audits it; throws `StoreError.duplicate` when the name is taken.
    public func create(
        username: String,
        passwordHash: String,
        roles: Set<StaffRole>,
        departmentID: String? = nil,
        actor: String
    ) async throws -> StaffUser {
        let user = StaffUser(id: "u-" + SecureRandom.hex(bytes: 8), username: username, roles: roles, departmentID: departmentID)
        let now = Date()
        do {
            try await store.transaction { database in
                try await database.raw(
                    """
                    INSERT INTO users (id, username, password_hash, roles, department_id, created_at)
                    VALUES (\(bind: user.id), \(bind: user.username), \(bind: passwordHash),
                            \(bind: Self.encode(roles)), \(bind: departmentID), \(bind: Int64(now.timeIntervalSince1970)))
                    """
                ).run()
                try await AuditLog.append(
                    AuditEntry(
                        at: now,
                        actor: actor,
                        entityKind: "user",
                        entityID: user.id,
                        action: "create",
                        after: AuditEntry.json(user)
                    ),
                    on: database
                )
            }
        } catch  where DatabaseErrorKind.isUniqueViolation(error) {
            throw StoreError.duplicate("user '\(username)'")
        }
        return user
    }

    /// How many accounts exist; zero means the first start must create `admin`.
    public func count() async throws -> Int {
        try await store.read { database in
            try await database.raw("SELECT COUNT(*) AS n FROM users").first()?.decode(column: "n", as: Int.self) ?? 0
        }
    }

    /// The active user with this name and their password hash, for signing in.
    public func credentials(username: String) async throws -> (user: StaffUser, passwordHash: String)? {
        try await store.read { database in
            guard
                let row = try await database.raw(
                    """
                    SELECT id, username, roles, department_id, password_hash FROM users
                    WHERE username = \(bind: username) AND disabled_at IS NULL
                    """
                ).first()
            else { return nil }
            return (try Self.user(from: row), try row.decode(column: "password_hash", as: String.self))
        }
    }

    static func user(from row: any SQLRow) throws -> StaffUser {
        StaffUser(
            id: try row.decode(column: "id", as: String.self),
            username: try row.decode(column: "username", as: String.self),
            roles: decode(try row.decode(column: "roles", as: String.self)),
            departmentID: try row.decode(column: "department_id", as: String?.self)
        )
    }

    static func encode(_ roles: Set<StaffRole>) -> String {
        roles.sorted().map(\.rawValue).joined(separator: ",")
    }

    static func decode(_ text: String) -> Set<StaffRole> {
        Set(text.split(separator: ",").compactMap { StaffRole(rawValue: String($0)) })
    }
}
