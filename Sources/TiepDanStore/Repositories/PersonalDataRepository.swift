import Foundation
public import SQLKit
public import TiepDanCore

/// A person's data across an office's bookings and questions: found for an export, and erased for a deletion.
public struct PersonalDataRepository: Sendable {
    let store: any Store

    /// A repository over `store`.
    public init(store: any Store) {
        self.store = store
    }

    /// The organisation that holds `subject` and the key of the person who gave it; nil when there is no such subject.
    public func person(of subject: ConsentSubject) async throws -> (organisationID: String, key: PersonKey)? {
        try await store.read { database in
            switch subject {
            case .booking(let reference):
                guard
                    let row = try await database.raw(
                        """
                        SELECT s.organisation_id, c.phone, c.id_number, c.email FROM bookings b
                        JOIN booking_citizens c ON c.reference = b.reference JOIN sessions s ON s.id = b.session_id
                        WHERE b.reference = \(bind: reference)
                        """
                    ).first()
                else { return nil }
                return (try row.decode(column: "organisation_id", as: String.self), try Self.key(row))
            case .question(let reference):
                guard
                    let row = try await database.raw(
                        """
                        SELECT q.organisation_id, c.phone, c.id_number, c.email FROM questions q
                        JOIN question_citizens c ON c.reference = q.reference WHERE q.reference = \(bind: reference)
                        """
                    ).first()
                else { return nil }
                return (try row.decode(column: "organisation_id", as: String.self), try Self.key(row))
            }
        }
    }

    /// Everything `organisationID` holds of the person `key`, and `subject` itself (a sealed denouncer is recognised by
    /// the subject alone: a seal is not searched).
    public func holdings(of key: PersonKey, in organisationID: String, subject: ConsentSubject) async throws -> PersonalHoldings {
        try await store.read { database in
            var bookingReferences: [String] = []
            if case .booking(let reference) = subject { bookingReferences.append(reference) }
            if !key.isEmpty {
                let rows = try await database.raw(
                    """
                    SELECT b.reference, c.phone, c.id_number, c.email FROM bookings b
                    JOIN booking_citizens c ON c.reference = b.reference JOIN sessions s ON s.id = b.session_id
                    WHERE s.organisation_id = \(bind: organisationID)
                      AND (b.phone_key = \(bind: key.phone ?? "") OR c.id_number = \(bind: key.idNumber ?? "")
                           OR LOWER(c.email) = \(bind: key.email ?? ""))
                    ORDER BY b.created_at, b.reference
                    """
                ).all()
                for row in rows where try key.matches(Self.key(row)) {
                    let reference = try row.decode(column: "reference", as: String.self)
                    if !bookingReferences.contains(reference) { bookingReferences.append(reference) }
                }
            }
            var questionReferences: [String] = []
            if case .question(let reference) = subject { questionReferences.append(reference) }
            if !key.isEmpty {
                // Questions keep the phone as it was written: compared once normalised, over the office's senders only.
                let rows = try await database.raw(
                    """
                    SELECT q.reference, c.phone, c.id_number, c.email FROM questions q
                    JOIN question_citizens c ON c.reference = q.reference
                    WHERE q.organisation_id = \(bind: organisationID) AND c.sealed IS NULL
                      AND (c.phone IS NOT NULL OR c.id_number IS NOT NULL OR c.email IS NOT NULL)
                    ORDER BY q.created_at, q.reference
                    """
                ).all()
                for row in rows where try key.matches(Self.key(row)) {
                    let reference = try row.decode(column: "reference", as: String.self)
                    if !questionReferences.contains(reference) { questionReferences.append(reference) }
                }
            }
            var bookings: [BookingRecord] = []
            for reference in bookingReferences {
                if let record = try await BookingRepository.record(reference: reference, on: database) { bookings.append(record) }
            }
            var questions: [HeldQuestion] = []
            for reference in questionReferences {
                guard let record = try await QuestionRepository.record(reference, on: database),
                    let row = try await database.raw(
                        "SELECT name, phone, email, address, sealed, id_type, id_number FROM question_citizens WHERE reference = \(bind: reference)"
                    ).first()
                else { continue }
                let citizen = QuestionCitizen(
                    name: try row.decode(column: "name", as: String?.self),
                    phone: try row.decode(column: "phone", as: String?.self),
                    email: try row.decode(column: "email", as: String?.self),
                    address: try row.decode(column: "address", as: String?.self),
                    sealed: try row.decode(column: "sealed", as: String?.self),
                    idType: try row.decode(column: "id_type", as: String?.self),
                    idNumber: try row.decode(column: "id_number", as: String?.self)
                )
                questions.append(HeldQuestion(record: record, citizen: citizen))
            }
            return PersonalHoldings(bookings: bookings, questions: questions)
        }
    }

    /// Anonymises, beyond recovery and on `database` (the transaction that completes the request), the bookings and
    /// questions named: every personal field emptied, the person's `names` and every phone, e-mail and ID number
    /// masked out of the texts, the history and the search index, and the notices about them deleted. The rows stay,
    /// so every count the reports make is unchanged. Without `mergingIndex` the caller merges SQLite's full-text index
    /// once after many (`mergeIndex`).
    public static func erase(
        bookings: [String],
        questions: [String],
        names: [String],
        actor: String,
        now: Date,
        engine: DatabaseEngine,
        mergingIndex: Bool = true,
        on database: any SQLDatabase
    ) async throws {
        let masker = PersonalDataMasker(redactions: names.filter { $0.count >= 2 })
        for reference in bookings {
            try await database.raw(
                """
                UPDATE booking_citizens SET name = \(bind: ErasedData.name), phone = '', email = NULL, id_number = NULL, address = NULL,
                    representatives = '', sealed = NULL
                WHERE reference = \(bind: reference)
                """
            ).run()
            if let row = try await database.raw("SELECT subject, summary, outcome_detail FROM bookings WHERE reference = \(bind: reference)").first()
            {
                try await database.raw(
                    """
                    UPDATE bookings SET phone_key = \(bind: "erased:" + reference), id_number_key = NULL,
                        subject = \(bind: masker.masked(try row.decode(column: "subject", as: String.self))),
                        summary = \(bind: masker.masked(try row.decode(column: "summary", as: String.self))),
                        outcome_detail = \(bind: try row.decode(column: "outcome_detail", as: String?.self).map(masker.masked)),
                        sealed_text = NULL
                    WHERE reference = \(bind: reference)
                    """
                ).run()
            }
            try await database.raw("DELETE FROM notifications WHERE about_kind = 'booking' AND about_id = \(bind: reference)").run()
            try await database.raw("DELETE FROM consents WHERE subject = \(bind: ConsentSubject.booking(reference).key)").run()
            try await AuditLog.append(AuditEntry(at: now, actor: actor, entityKind: "booking", entityID: reference, action: "erase"), on: database)
        }
        for reference in questions {
            let phrases = try await QuestionRepository.redactions(reference, on: database)
            let question = PersonalDataMasker(redactions: masker.redactions + phrases)
            try await database.raw(
                """
                UPDATE question_citizens SET name = NULL, phone = NULL, email = NULL, address = NULL, sealed = NULL, id_type = NULL,
                    id_number = NULL
                WHERE reference = \(bind: reference)
                """
            ).run()
            guard
                let row = try await database.raw(
                    "SELECT subject, text, answer, rating_comment, folded, organisation_id FROM questions WHERE reference = \(bind: reference)"
                ).first()
            else { continue }
            let subject = question.masked(try row.decode(column: "subject", as: String.self))
            let text = question.masked(try row.decode(column: "text", as: String.self))
            let folded = VietnameseText.folded(subject + " " + text)
            try await database.raw(
                """
                UPDATE questions SET subject = \(bind: subject), text = \(bind: text), folded = \(bind: folded),
                    answer = \(bind: try row.decode(column: "answer", as: String?.self).map(question.masked)),
                    rating_comment = \(bind: try row.decode(column: "rating_comment", as: String?.self).map(question.masked)),
                    token_hash = \(bind: "erased:" + reference), sealed_text = NULL
                WHERE reference = \(bind: reference)
                """
            ).run()
            let notes = try await database.raw(
                "SELECT position, note FROM question_events WHERE reference = \(bind: reference) AND note IS NOT NULL"
            ).all()
            for note in notes {
                try await database.raw(
                    """
                    UPDATE question_events SET note = \(bind: question.masked(try note.decode(column: "note", as: String.self)))
                    WHERE reference = \(bind: reference) AND position = \(bind: try note.decode(column: "position", as: Int.self))
                    """
                ).run()
            }
            try await database.raw("DELETE FROM question_redactions WHERE reference = \(bind: reference)").run()
            // A question out of the index (sealed) stays out.
            if engine == .sqlite,
                try await QuestionSearchIndex.remove(
                    reference,
                    indexedAs: try row.decode(column: "folded", as: String.self),
                    organisationID: try row.decode(column: "organisation_id", as: String.self),
                    on: database
                )
            {
                for table in QuestionSearchIndex.tables {
                    try await QuestionSearchIndex.add(reference, folded: folded, to: table, on: database)
                }
            }
            try await database.raw("DELETE FROM notifications WHERE about_kind = 'question' AND about_id = \(bind: reference)").run()
            try await AuditLog.append(AuditEntry(at: now, actor: actor, entityKind: "question", entityID: reference, action: "erase"), on: database)
        }
        // The full-text index keeps deleted terms in old segments until they are merged: merge them now.
        if engine == .sqlite, !questions.isEmpty, mergingIndex {
            try await Self.mergeIndex(on: database)
        }
    }

    /// Merges SQLite's full-text indexes, which keep deleted terms in old segments until then.
    static func mergeIndex(on database: any SQLDatabase) async throws {
        for table in QuestionSearchIndex.tables {
            try await database.raw("INSERT INTO \(unsafeRaw: table) (\(unsafeRaw: table)) VALUES ('optimize')").run()
        }
    }

    static func key(_ row: any SQLRow) throws -> PersonKey {
        PersonKey(
            phone: try row.decode(column: "phone", as: String?.self),
            idNumber: try row.decode(column: "id_number", as: String?.self),
            email: try row.decode(column: "email", as: String?.self)
        )
    }
}

extension PersonalDataRepository {
    /// The erasure of `bookings` and `questions`, to run in the transaction that completes the request.
    public func erasure(
        bookings: [String],
        questions: [String],
        names: [String],
        actor: String,
        now: Date
    ) -> @Sendable (any SQLDatabase) async throws -> Void {
        let engine = store.engine
        return { database in
            try await Self.erase(bookings: bookings, questions: questions, names: names, actor: actor, now: now, engine: engine, on: database)
        }
    }
}
