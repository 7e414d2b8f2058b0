import Foundation
public import SQLKit
public import TiepDanCore

/// The consents citizens gave and withdrew. A question's row keeps the consents in force as flags too, changed in the
/// same transaction, so every public read filters on its own row and a withdrawal takes effect on the next one.
public struct ConsentRepository: Sendable {
    let store: any Store

    /// A repository over `store`.
    public init(store: any Store) {
        self.store = store
    }

    /// Records `purposes` as given now, on the transaction that stores their subject.
    public static func record(
        _ purposes: Set<ConsentPurpose>,
        subject: ConsentSubject,
        version: String,
        channel: String,
        by actor: String,
        now: Date,
        on database: any SQLDatabase
    ) async throws {
        for purpose in ConsentPurpose.allCases where purposes.contains(purpose) {
            try await database.raw(
                """
                INSERT INTO consents (subject, purpose, text_version, channel, given_at, recorded_by)
                VALUES (\(bind: subject.key), \(bind: purpose.rawValue), \(bind: version), \(bind: channel),
                    \(bind: Int64(now.timeIntervalSince1970)), \(bind: actor))
                """
            ).run()
        }
    }

    /// Every consent recorded for `subject`, in force or withdrawn, in the order of `ConsentPurpose`.
    public func consents(_ subject: ConsentSubject) async throws -> [ConsentRecord] {
        try await store.read { try await Self.consents(subject, on: $0) }
    }

    static func consents(_ subject: ConsentSubject, on database: any SQLDatabase) async throws -> [ConsentRecord] {
        func instant(_ row: any SQLRow, _ column: String) throws -> Date? {
            try row.decode(column: column, as: Int64?.self).map { Date(timeIntervalSince1970: TimeInterval($0)) }
        }
        let records = try await database.raw(
            """
            SELECT purpose, text_version, channel, given_at, recorded_by, withdrawn_at, withdrawn_channel
            FROM consents WHERE subject = \(bind: subject.key)
            """
        ).all().compactMap { row -> ConsentRecord? in
            guard let purpose = ConsentPurpose(rawValue: try row.decode(column: "purpose", as: String.self)) else { return nil }
            return ConsentRecord(
                purpose: purpose,
                textVersion: try row.decode(column: "text_version", as: String.self),
                channel: try row.decode(column: "channel", as: String.self),
                givenAt: try instant(row, "given_at") ?? Date(timeIntervalSince1970: 0),
                recordedBy: try row.decode(column: "recorded_by", as: String.self),
                withdrawnAt: try instant(row, "withdrawn_at"),
                withdrawnChannel: try row.decode(column: "withdrawn_channel", as: String?.self)
            )
        }
        return ConsentPurpose.allCases.compactMap { purpose in records.first { $0.purpose == purpose } }
    }

    /// Withdraws the consent to `purpose` on `subject`: from now on nothing of it is used for that purpose. A question's
    /// history says so. Not found when no such consent is in force.
    public func withdraw(
        _ purpose: ConsentPurpose,
        from subject: ConsentSubject,
        channel: String,
        by actor: String,
        now: Date
    ) async throws -> [ConsentRecord] {
        try await store.transaction { database in
            let stamp = Int64(now.timeIntervalSince1970)
            let withdrawn = try await database.raw(
                """
                UPDATE consents SET withdrawn_at = \(bind: stamp), withdrawn_channel = \(bind: channel)
                WHERE subject = \(bind: subject.key) AND purpose = \(bind: purpose.rawValue) AND withdrawn_at IS NULL
                RETURNING purpose
                """
            ).first()
            guard withdrawn != nil else { throw QuestionError.notFound }
            if case .question(let reference) = subject, let flag = Self.flags[purpose] {
                try await database.raw(
                    "UPDATE questions SET \(unsafeRaw: flag) = 0, updated_at = \(bind: stamp) WHERE reference = \(bind: reference)"
                ).run()
                if let record = try await QuestionRepository.record(reference, on: database) {
                    try await QuestionRepository.recordEvent(
                        reference,
                        actor: actor,
                        action: "consent_withdrawn",
                        status: record.status,
                        note: purpose.rawValue,
                        now: now,
                        on: database
                    )
                }
            }
            try await AuditLog.append(
                AuditEntry(
                    at: now,
                    actor: actor,
                    entityKind: "consent",
                    entityID: subject.key,
                    action: "withdraw",
                    after: AuditEntry.json(["purpose": purpose.rawValue, "channel": channel])
                ),
                on: database
            )
            return try await Self.consents(subject, on: database)
        }
    }

    /// The question's column that keeps each consent in force (messages are read from the consents themselves).
    private static let flags: [ConsentPurpose: String] = [.publish: "publish_consent", .broadcast: "broadcast_consent"]
}
