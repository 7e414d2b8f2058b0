import Foundation
import SQLKit

/// The Zalo Official Account's tokens, shared by every instance through the database: the access token with its
/// expiry, and the refresh token, which Zalo accepts only once, so each refresh's new one must be kept.
public struct ZaloTokenStore: Sendable {
    /// The tokens as stored.
    public struct Tokens: Sendable, Equatable {
        public var accessToken: String?
        public var refreshToken: String
        public var expiresAt: Date

        /// Creates the tokens.
        public init(accessToken: String?, refreshToken: String, expiresAt: Date) {
            self.accessToken = accessToken
            self.refreshToken = refreshToken
            self.expiresAt = expiresAt
        }
    }

    private let store: any Store

    /// A token store over `store`.
    public init(store: any Store) {
        self.store = store
    }

    /// Keeps `refreshToken` (the first one, from the configuration) unless tokens are already kept.
    public func seed(refreshToken: String, now: Date) async throws {
        try await store.transaction { database in
            try await database.raw(
                """
                INSERT INTO zalo_tokens (id, access_token, refresh_token, expires_at, updated_at)
                VALUES (1, NULL, \(bind: refreshToken), 0, \(bind: Int64(now.timeIntervalSince1970)))
                ON CONFLICT (id) DO NOTHING
                """
            ).run()
        }
    }

    /// The tokens kept, if any.
    public func current() async throws -> Tokens? {
        try await store.read { database in
            try await database.raw("SELECT access_token, refresh_token, expires_at FROM zalo_tokens WHERE id = 1").first().map { row in
                Tokens(
                    accessToken: try row.decode(column: "access_token", as: String?.self),
                    refreshToken: try row.decode(column: "refresh_token", as: String.self),
                    expiresAt: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "expires_at", as: Int64.self)))
                )
            }
        }
    }

    /// Replaces the tokens refreshed from `previousRefresh`; false when another instance replaced them first.
    public func replace(previousRefresh: String, with tokens: Tokens, now: Date) async throws -> Bool {
        try await store.transaction { database in
            try await database.raw(
                """
                UPDATE zalo_tokens SET access_token = \(bind: tokens.accessToken), refresh_token = \(bind: tokens.refreshToken),
                    expires_at = \(bind: Int64(tokens.expiresAt.timeIntervalSince1970)), updated_at = \(bind: Int64(now.timeIntervalSince1970))
                WHERE id = 1 AND refresh_token = \(bind: previousRefresh)
                RETURNING id
                """
            ).first() != nil
        }
    }

    /// Marks `accessToken` expired (Zalo refused it), so the next send refreshes it.
    public func expire(accessToken: String) async throws {
        try await store.transaction { database in
            try await database.raw("UPDATE zalo_tokens SET expires_at = 0 WHERE id = 1 AND access_token = \(bind: accessToken)").run()
        }
    }
}
