import Foundation
import SQLKit
public import TiepDanCore

/// The secret tokens of citizens' links to their bookings and questions: a lost link is replaced by a new token, which
/// ends the old link (only its SHA-256 is ever stored).
public struct AccessTokens: Sendable {
    private let store: any Store

    /// Tokens over `store`.
    public init(store: any Store) {
        self.store = store
    }

    /// What a token opens.
    public enum Kind: String, Sendable {
        case booking, question

        var table: String { self == .booking ? "bookings" : "questions" }
    }

    /// Replaces the token of the booking or question `reference` by `tokenHash`, with the trail saying so; false when
    /// there is no such one.
    public func replace(_ kind: Kind, reference: String, tokenHash: String, now: Date) async throws -> Bool {
        try await store.transaction { database in
            guard try await database.raw("SELECT 1 AS found FROM \(ident: kind.table) WHERE reference = \(bind: reference)").first() != nil else {
                return false
            }
            try await database.raw("UPDATE \(ident: kind.table) SET token_hash = \(bind: tokenHash) WHERE reference = \(bind: reference)").run()
            try await AuditLog.append(
                AuditEntry(at: now, actor: "citizen", entityKind: kind.rawValue, entityID: reference, action: "link_reissued"),
                on: database
            )
            return true
        }
    }
}
