import Foundation
import SQLKit
import TiepDanCore

extension BookingRepository {
    /// Flags the visit sensitive: `sealed` (its subject, summary and outcome detail, sealed by the caller) replaces
    /// them, which read `SensitiveText` from now on. Once only.
    public func sealSensitive(_ reference: String, sealed: String, actor: String, now: Date) async throws -> BookingRecord {
        try await storeTransaction { database in
            let changed = try await database.raw(
                """
                UPDATE bookings SET sealed_text = \(bind: sealed), subject = \(bind: SensitiveText.subject), summary = \(bind: SensitiveText.text),
                    outcome_detail = CASE WHEN outcome_detail IS NULL THEN NULL ELSE \(bind: SensitiveText.text) END,
                    updated_at = \(bind: Int64(now.timeIntervalSince1970))
                WHERE reference = \(bind: reference) AND sealed_text IS NULL
                RETURNING reference
                """
            ).first()
            guard changed != nil else {
                guard try await Self.record(reference: reference, on: database) != nil else { throw VisitError.notFound }
                throw VisitError.notAllowed("already sealed as sensitive")
            }
            try await AuditLog.append(
                AuditEntry(at: now, actor: actor, entityKind: "booking", entityID: reference, action: "seal_sensitive"),
                on: database
            )
            guard let record = try await Self.record(reference: reference, on: database) else { throw VisitError.notFound }
            return record
        }
    }

    /// The sealed subject, summary and outcome detail, for `viewer`, who may open them: the look is audited.
    public func sensitiveText(_ reference: String, viewer: String, now: Date) async throws -> String? {
        try await storeTransaction { database in
            guard
                let sealed = try await database.raw("SELECT sealed_text FROM bookings WHERE reference = \(bind: reference)").first()?
                    .decode(column: "sealed_text", as: String?.self)
            else { return nil }
            try await AuditLog.append(
                AuditEntry(at: now, actor: viewer, entityKind: "booking", entityID: reference, action: "view_sensitive"),
                on: database
            )
            return sealed
        }
    }
}
