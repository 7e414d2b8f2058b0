import Foundation
import SQLKit
import TiepDanCore

extension QuestionRepository {
    /// Flags the question sensitive: `sealed` (its subject and text, sealed by the caller) replaces them, which read
    /// `SensitiveText` from now on; it leaves the search indexes and is never published nor aired. Once only.
    public func sealSensitive(_ reference: String, sealed: String, actor: String, now: Date) async throws -> QuestionRecord {
        let engine = store.engine
        return try await store.transaction { database in
            // The words it was indexed with, to find its row in SQLite's search index (`QuestionSearchIndex.remove`).
            let indexed =
                engine == .sqlite
                ? try await database.raw("SELECT folded, organisation_id FROM questions WHERE reference = \(bind: reference)").first() : nil
            let changed = try await database.raw(
                """
                UPDATE questions SET sealed_text = \(bind: sealed), subject = \(bind: SensitiveText.subject), text = \(bind: SensitiveText.text),
                    folded = '', publish_consent = 0, broadcast_consent = 0, updated_at = \(bind: Int64(now.timeIntervalSince1970))
                WHERE reference = \(bind: reference) AND sealed_text IS NULL
                RETURNING status
                """
            ).first()
            guard let changed else {
                guard try await Self.record(reference, on: database) != nil else { throw QuestionError.notFound }
                throw QuestionError.notAllowed("already sealed as sensitive")
            }
            if let indexed {
                _ = try await QuestionSearchIndex.remove(
                    reference,
                    indexedAs: try indexed.decode(column: "folded", as: String.self),
                    organisationID: try indexed.decode(column: "organisation_id", as: String.self),
                    on: database
                )
                try await PersonalDataRepository.mergeIndex(on: database)
            }
            let status = QuestionStatus(rawValue: try changed.decode(column: "status", as: String.self)) ?? .submitted
            try await Self.recordEvent(reference, actor: actor, action: "sealed_sensitive", status: status, note: nil, now: now, on: database)
            try await AuditLog.append(
                AuditEntry(at: now, actor: actor, entityKind: "question", entityID: reference, action: "seal_sensitive"),
                on: database
            )
            guard let record = try await Self.record(reference, on: database) else { throw QuestionError.notFound }
            return record
        }
    }

    /// The sealed subject and text, for `viewer`, who may open them: the look is audited in the same transaction.
    public func sensitiveText(_ reference: String, viewer: String, now: Date) async throws -> String? {
        try await store.transaction { database in
            guard
                let sealed = try await database.raw("SELECT sealed_text FROM questions WHERE reference = \(bind: reference)").first()?
                    .decode(column: "sealed_text", as: String?.self)
            else { return nil }
            try await AuditLog.append(
                AuditEntry(at: now, actor: viewer, entityKind: "question", entityID: reference, action: "view_sensitive"),
                on: database
            )
            return sealed
        }
    }

    /// The sealed subject and text for the question's own asker, whose token hash must match: their own words, so the look
    /// is not an access to audit. Nil when the token does not match or the question is not sealed.
    public func sealedTextForAsker(_ reference: String, tokenHash: String) async throws -> String? {
        try await store.read { database in
            try await database.raw(
                """
                SELECT sealed_text FROM questions WHERE reference = \(bind: reference) AND token_hash = \(bind: tokenHash)
                """
            ).first()?.decode(column: "sealed_text", as: String?.self)
        }
    }
}
