import Foundation
import SQLKit
public import TiepDanCore

/// Signed-in staff sessions, for bearer tokens and browser cookies alike.
///
/// Only a hash of each token is stored, so a copy of the database lets nobody sign in.
public struct StaffSessionRepository: Sendable {
    /// What a valid token resolves to.
    public struct Resolved: Sendable {
        /// The signed-in user.
        public var user: StaffUser
        /// The session's anti-forgery token, embedded in every form it renders.
        public var csrfToken: String
    }

    private let store: any Store

    /// A repository over `store`.
    public init(store: any Store) {
        self.store = store
    }

    /// A session unused this long ends, whatever its absolute lifetime.
    public static let idleLimit: TimeInterval = 30 * 60
    /// How stale the last use may be before it is written again: not every request writes.
    static let touchEvery: Int64 = 60

    /// Opens a session for `user`, auditing the sign-in.
    public func open(tokenHash: String, csrfToken: String, user: StaffUser, lifetime: TimeInterval, now: Date = Date()) async throws {
        try await store.transaction { database in
            try await database.raw(
                """
                INSERT INTO staff_sessions (token_hash, user_id, csrf_token, created_at, expires_at, last_seen_at)
                VALUES (\(bind: tokenHash), \(bind: user.id), \(bind: csrfToken),
                        \(bind: Int64(now.timeIntervalSince1970)), \(bind: Int64(now.addingTimeInterval(lifetime).timeIntervalSince1970)),
                        \(bind: Int64(now.timeIntervalSince1970)))
                """
            ).run()
            try await AuditLog.append(
                AuditEntry(at: now, actor: user.id, entityKind: "user", entityID: user.id, action: "login"),
                on: database
            )
        }
    }

    /// The user behind a live session: not revoked, within its lifetime, and used in the last `idleLimit`;
    /// the use is recorded.
    public func resolve(tokenHash: String, now date: Date = Date()) async throws -> Resolved? {
        let now = Int64(date.timeIntervalSince1970)
        let idleSince = now - Int64(Self.idleLimit)
        let resolved: (Resolved, Int64)? = try await store.read { database in
            guard
                let row = try await database.raw(
                    """
                    SELECT \(unsafeRaw: UserRepository.columns.split(separator: ",").map { "u." + $0.trimmingCharacters(in: .whitespaces) }
                        .joined(separator: ", ")), s.csrf_token, COALESCE(s.last_seen_at, s.created_at) AS seen
                    FROM staff_sessions s JOIN users u ON u.id = s.user_id
                    WHERE s.token_hash = \(bind: tokenHash) AND s.revoked_at IS NULL
                      AND s.expires_at > \(bind: now) AND COALESCE(s.last_seen_at, s.created_at) > \(bind: idleSince)
                      AND u.disabled_at IS NULL
                    """
                ).first()
            else { return nil }
            var user = try UserRepository.user(from: row)
            user.grants = try await UserRepository.grants(of: user.id, on: database)[user.id] ?? []
            user.overseen = try await Self.children(of: user.grants.filter(\.overseesChildren).map(\.organisationID), on: database)
            user.secondFactorRequired = user.requiresSecondFactor(policies: try await Self.secondFactorPolicies(for: user, on: database))
            let resolved = Resolved(user: user, csrfToken: try row.decode(column: "csrf_token", as: String.self))
            return (resolved, try row.decode(column: "seen", as: Int64.self))
        }
        guard let (session, seen) = resolved else { return nil }
        if now - seen >= Self.touchEvery {
            try await store.transaction { database in
                try await database.raw("UPDATE staff_sessions SET last_seen_at = \(bind: now) WHERE token_hash = \(bind: tokenHash)").run()
            }
        }
        return session
    }

    /// The roles each of `user`'s organisations requires a second factor for, where it requires one: every
    /// organisation's only for an account that works in all of them (a system administrator, a legacy grant).
    static func secondFactorPolicies(for user: StaffUser, on database: any SQLDatabase) async throws -> [String: Set<StaffRole>] {
        let everywhere = user.isSystemAdmin || user.grants.contains { $0.organisationID == OrganisationGrant.everyOrganisation }
        let ids = user.grants.map(\.organisationID)
        guard everywhere || !ids.isEmpty else { return [:] }
        let rows =
            everywhere
            ? try await database.raw("SELECT id, second_factor_roles FROM organisations WHERE second_factor_roles <> ''").all()
            : try await database.raw("SELECT id, second_factor_roles FROM organisations WHERE id IN (\(binds: ids)) AND second_factor_roles <> ''")
                .all()
        return Dictionary(
            try rows.map {
                (try $0.decode(column: "id", as: String.self), UserRepository.decode(try $0.decode(column: "second_factor_roles", as: String.self)))
            },
            uniquingKeysWith: { $0.union($1) }
        )
    }

    /// The organisations whose parent is one of `parents`: what an oversight grant lets its holder read.
    static func children(of parents: [String], on database: any SQLDatabase) async throws -> Set<String> {
        guard !parents.isEmpty else { return [] }
        let rows = try await database.raw("SELECT id FROM organisations WHERE parent_id IN (\(binds: parents))").all()
        return Set(try rows.map { try $0.decode(column: "id", as: String.self) })
    }

    /// Ends a session (logout); later use of its token is refused.
    public func revoke(tokenHash: String, actor: String) async throws {
        let now = Date()
        try await store.transaction { database in
            try await database.raw(
                """
                UPDATE staff_sessions SET revoked_at = \(bind: Int64(now.timeIntervalSince1970))
                WHERE token_hash = \(bind: tokenHash) AND revoked_at IS NULL
                """
            ).run()
            try await AuditLog.append(
                AuditEntry(at: now, actor: actor, entityKind: "user", entityID: actor, action: "logout"),
                on: database
            )
        }
    }
}
