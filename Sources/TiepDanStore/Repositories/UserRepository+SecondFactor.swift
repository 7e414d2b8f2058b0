import Foundation
import SQLKit
import TiepDanCore

extension UserRepository {
    /// The account's second factor: its sealed TOTP secret once confirmed, one being enrolled, the last step used.
    public func secondFactor(userID: String) async throws -> (secret: String?, pending: String?, lastStep: Int64?) {
        try await store.read { database in
            guard let row = try await database.raw("SELECT totp_secret, totp_pending, totp_last_step FROM users WHERE id = \(bind: userID)").first()
            else { return (nil, nil, nil) }
            return (
                try row.decode(column: "totp_secret", as: String?.self), try row.decode(column: "totp_pending", as: String?.self),
                try row.decode(column: "totp_last_step", as: Int64?.self)
            )
        }
    }

    /// Keeps a new sealed secret until a code from it is confirmed; the factor in use, if any, stays until then.
    public func beginSecondFactor(userID: String, sealedSecret: String) async throws {
        try await store.transaction { database in
            try await database.raw("UPDATE users SET totp_pending = \(bind: sealedSecret) WHERE id = \(bind: userID)").run()
        }
    }

    /// Makes the pending secret the account's factor, used at `step`, with new recovery codes (their hashes); audited.
    public func confirmSecondFactor(userID: String, step: Int64, recoveryHashes: [String], now: Date = Date()) async throws {
        try await store.transaction { database in
            try await database.raw(
                """
                UPDATE users SET totp_secret = totp_pending, totp_pending = NULL, totp_last_step = \(bind: step)
                WHERE id = \(bind: userID) AND totp_pending IS NOT NULL
                """
            ).run()
            try await database.raw("DELETE FROM staff_recovery_codes WHERE user_id = \(bind: userID)").run()
            for hash in recoveryHashes {
                try await database.raw("INSERT INTO staff_recovery_codes (user_id, code_hash) VALUES (\(bind: userID), \(bind: hash))").run()
            }
            try await AuditLog.append(
                AuditEntry(at: now, actor: userID, entityKind: "user", entityID: userID, action: "second_factor_enrol"),
                on: database
            )
        }
    }

    /// Removes the account's second factor, one being enrolled and its recovery codes; audited as `actor`'s doing
    /// (the user, or an administrator for a user who lost the phone and the codes, when the account's sessions end too).
    public func removeSecondFactor(userID: String, actor: String, endingSessions: Bool = false, now: Date = Date()) async throws {
        try await store.transaction { database in
            if endingSessions { try await Self.endSessions(of: userID, keeping: nil, at: now, on: database) }
            try await database.raw(
                "UPDATE users SET totp_secret = NULL, totp_pending = NULL, totp_last_step = NULL WHERE id = \(bind: userID)"
            ).run()
            try await database.raw("DELETE FROM staff_recovery_codes WHERE user_id = \(bind: userID)").run()
            try await AuditLog.append(
                AuditEntry(at: now, actor: actor, entityKind: "user", entityID: userID, action: "second_factor_remove"),
                on: database
            )
        }
    }

    /// Records a code's step as used, so it cannot sign in twice; false when that step (or a later one) was used.
    public func useSecondFactorStep(userID: String, step: Int64) async throws -> Bool {
        try await store.transaction { database in
            try await database.raw(
                """
                UPDATE users SET totp_last_step = \(bind: step)
                WHERE id = \(bind: userID) AND (totp_last_step IS NULL OR totp_last_step < \(bind: step)) RETURNING id
                """
            ).first() != nil
        }
    }

    /// Uses a recovery code (by its hash) once; false when it is not the account's or was used.
    public func useRecoveryCode(userID: String, hash: String, now: Date = Date()) async throws -> Bool {
        try await store.transaction { database in
            let used =
                try await database.raw(
                    """
                    UPDATE staff_recovery_codes SET used_at = \(bind: Int64(now.timeIntervalSince1970))
                    WHERE user_id = \(bind: userID) AND code_hash = \(bind: hash) AND used_at IS NULL RETURNING user_id
                    """
                ).first() != nil
            if used {
                try await AuditLog.append(
                    AuditEntry(at: now, actor: userID, entityKind: "user", entityID: userID, action: "recovery_code_used"),
                    on: database
                )
            }
            return used
        }
    }
}
