import Foundation
import SQLKit
import TiepDanCore

/// Questions, feedback, petitions, complaints and denunciations sent ahead of a session or to an
/// organisation. The text and the submitter live in separate tables, so every public read
/// touches only the first; each change is a compare-and-set on the status, so two clerks acting
/// at once cannot both move a question.
public struct QuestionRepository: Sendable {
    let store: any Store
    /// The outbox of the notices about the questions.
    public var outbox: NotificationOutbox { NotificationOutbox(store: store) }
    /// Writes what senders are told when their question is received, needs clarifying or is answered.
    let notices: (any NoticeComposer)?

    /// A repository over `store`; with `notices`, each change a sender must hear of queues its notice.
    public init(store: any Store, notices: (any NoticeComposer)? = nil) {
        self.store = store
        self.notices = notices
    }

    /// Stores a question with its first history step and its search entry; refuses one for a
    /// session past its cut-off, unless `onAir` (a call-in the console logs during the programme). With `composer`, the
    /// sender's receipt is queued in the same transaction, its link opening the question with `token`.
    public func submit(
        _ question: NewQuestion,
        now: Date,
        onAir: Bool = false,
        composer: (any NoticeComposer)? = nil,
        token: String? = nil
    ) async throws -> QuestionRecord {
        let engine = store.engine
        return try await store.transaction { database in
            if let sessionID = question.sessionID, !onAir {
                try await Self.checkOpen(session: sessionID, organisation: question.organisationID, now: now, on: database)
            }
            let year = ZoneClock(RFC3339.vietnam).day(of: now).year
            let number = try await ReferenceCounter.next("question", year: year, on: database)
            let reference = String(format: "Q-%04d-%06d", year, number)
            let stamp = Int64(now.timeIntervalSince1970)
            let folded = VietnameseText.folded(question.subject + " " + question.text)
            try await database.raw(
                """
                INSERT INTO questions (reference, token_hash, organisation_id, session_id, category, channel, subject, text, folded,
                    status, due_date, publish_consent, broadcast_consent, created_by, created_at, updated_at, reply_channel)
                VALUES (\(bind: reference), \(bind: question.tokenHash), \(bind: question.organisationID), \(bind: question.sessionID),
                    \(bind: question.category.rawValue), \(bind: question.channel), \(bind: question.subject), \(bind: question.text),
                    \(bind: folded), 'submitted', \(bind: question.dueDate.description), \(bind: question.publishConsent ? 1 : 0),
                    \(bind: question.broadcastConsent ? 1 : 0), \(bind: question.createdBy), \(bind: stamp), \(bind: stamp),
                    \(bind: question.replyChannel.rawValue))
                """
            ).run()
            try await ConsentRepository.record(
                question.kept,
                subject: .question(reference),
                version: question.consentVersion,
                channel: question.channel,
                by: question.createdBy,
                now: now,
                on: database
            )
            try await database.raw(
                """
                INSERT INTO question_citizens (reference, name, phone, email, address, sealed, id_type, id_number)
                VALUES (\(bind: reference), \(bind: question.name), \(bind: question.phone), \(bind: question.email),
                    \(bind: question.address), \(bind: question.sealedIdentity), \(bind: question.identification?.paper.rawValue),
                    \(bind: question.identification?.number))
                """
            ).run()
            if engine == .sqlite {
                try await QuestionSearchIndex.addBeforeCommit(reference, organisationID: question.organisationID, folded: folded, on: database)
            }
            try await Self.recordEvent(
                reference,
                actor: question.createdBy,
                action: "submitted",
                status: .submitted,
                note: nil,
                now: now,
                on: database
            )
            try await AuditLog.append(
                AuditEntry(
                    at: now,
                    actor: question.createdBy,
                    entityKind: "question",
                    entityID: reference,
                    action: "create",
                    after: AuditEntry.json([
                        "category": question.category.rawValue, "channel": question.channel,
                        "organisation": question.organisationID, "session": question.sessionID ?? "",
                    ])
                ),
                on: database
            )
            guard let record = try await Self.record(reference, on: database) else { throw QuestionError.notFound }
            if let composer {
                try await Self.notify(record, of: .received, token: token, composer: composer, now: now, on: database)
            }
            return record
        }
    }

    /// The name a caller gave on air, for the programme's minutes (said on the radio, so not
    /// audited like a submitter's data); nil for questions that were not phoned in.
    public func callerName(reference: String) async throws -> String? {
        try await store.read { database in
            try await database.raw(
                """
                SELECT c.name FROM question_citizens c JOIN questions q ON q.reference = c.reference
                WHERE c.reference = \(bind: reference) AND q.channel = 'call_in'
                """
            ).first()?.decode(column: "name", as: String?.self)
        }
    }

    /// The question, when `tokenHash` matches (nil: staff access).
    public func find(reference: String, tokenHash: String? = nil) async throws -> QuestionRecord? {
        try await store.read { database in
            guard let record = try await Self.record(reference, on: database) else { return nil }
            if let tokenHash {
                let stored = try await database.raw("SELECT token_hash FROM questions WHERE reference = \(bind: reference)")
                    .first()?.decode(column: "token_hash", as: String.self)
                guard stored == tokenHash else { return nil }
            }
            return record
        }
    }

    /// The question that answers this one: itself, or the one it was merged into (following
    /// merges of merges), so everyone who asked the same thing reads the same answer.
    public func carrier(of record: QuestionRecord) async throws -> QuestionRecord {
        var current = record
        var seen: Set<String> = [record.reference]
        while let next = current.mergedInto, seen.insert(next).inserted, let found = try await find(reference: next) {
            current = found
        }
        return current
    }

    /// The history, oldest first.
    public func events(reference: String) async throws -> [QuestionEvent] {
        try await store.read { database in
            try await database.raw(
                """
                SELECT at, actor, action, status, note FROM question_events WHERE reference = \(bind: reference) ORDER BY position
                """
            ).all().map { row in
                QuestionEvent(
                    at: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "at", as: Int64.self))),
                    actor: try row.decode(column: "actor", as: String.self),
                    action: try row.decode(column: "action", as: String.self),
                    status: QuestionStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .submitted,
                    note: try row.decode(column: "note", as: String?.self)
                )
            }
        }
    }

    /// Who sent it, only to compare with what a citizen looking for their own question gives: nothing is shown to
    /// anyone, so nothing is audited (a replaced link is).
    public func contactForMatching(reference: String) async throws -> QuestionCitizen? {
        try await store.read { database in
            guard
                let row = try await database.raw(
                    "SELECT name, phone, email, address, sealed, id_type, id_number FROM question_citizens WHERE reference = \(bind: reference)"
                ).first()
            else { return nil }
            return QuestionCitizen(
                name: try row.decode(column: "name", as: String?.self),
                phone: try row.decode(column: "phone", as: String?.self),
                email: try row.decode(column: "email", as: String?.self),
                address: try row.decode(column: "address", as: String?.self),
                sealed: try row.decode(column: "sealed", as: String?.self),
                idType: try row.decode(column: "id_type", as: String?.self),
                idNumber: try row.decode(column: "id_number", as: String?.self)
            )
        }
    }

    /// Who sent it, for staff allowed to know; the look is audited, so the trail shows who saw
    /// which submitter (a denouncer's identity above all).
    public func citizen(reference: String, viewer: String, now: Date) async throws -> QuestionCitizen? {
        try await store.transaction { database in
            guard
                let row = try await database.raw(
                    """
                    SELECT name, phone, email, address, sealed FROM question_citizens WHERE reference = \(bind: reference)
                    """
                ).first()
            else { return nil }
            let citizen = QuestionCitizen(
                name: try row.decode(column: "name", as: String?.self),
                phone: try row.decode(column: "phone", as: String?.self),
                email: try row.decode(column: "email", as: String?.self),
                address: try row.decode(column: "address", as: String?.self),
                sealed: try row.decode(column: "sealed", as: String?.self)
            )
            try await AuditLog.append(
                AuditEntry(
                    at: now,
                    actor: viewer,
                    entityKind: "question",
                    entityID: reference,
                    action: citizen.sealed == nil ? "view_submitter" : "view_denouncer"
                ),
                on: database
            )
            return citizen
        }
    }

    /// Staff list within the filters, in reference order (the order they came).
    public func list(_ filter: QuestionFilter) async throws -> [QuestionRecord] {
        try await store.read { database in
            var query = database.select().column(SQLRaw(Self.columns)).from("questions")
            if let organisation = filter.organisationID { query = query.where("organisation_id", .equal, organisation) }
            if let status = filter.status { query = query.where("status", .equal, status.rawValue) }
            if let session = filter.sessionID { query = query.where("session_id", .equal, session) }
            if let department = filter.departmentID { query = query.where("department_id", .equal, department) }
            if let day = filter.openAndDueBy {
                query = query.where("due_date", .lessThanOrEqual, day.description)
                    .where("status", .in, QuestionStatus.allCases.filter(\.clockRuns).map(\.rawValue))
            }
            if let after = filter.after { query = query.where("reference", .greaterThan, after) }
            if let scope = filter.within {
                guard !scope.organisations.isEmpty || !scope.departments.isEmpty else { return [] }
                query = query.where { group in
                    var group = group
                    if !scope.organisations.isEmpty { group = group.orWhere("organisation_id", .in, Array(scope.organisations).sorted()) }
                    if !scope.departments.isEmpty { group = group.orWhere("department_id", .in, Array(scope.departments).sorted()) }
                    return group
                }
            }
            return try await query.orderBy("reference").limit(filter.limit).all().map(Self.record(from:))
        }
    }

    /// Published answers whose submitters agreed to publication, newest first (by publication, then reference, so that
    /// the many a bulletin publishes in one second page through in a fixed order), after the keyset `after` of the
    /// previous page's last, with each one's redactions (for masking).
    public func published(
        organisationID: String?,
        limit: Int,
        after: (publishedAt: Int64, reference: String)?
    ) async throws -> [(QuestionRecord, [String])] {
        try await store.read { database in
            // Each filter written only when asked for, so the index on (organisation, status, publication) is searched.
            var sql: SQLQueryString = """
                SELECT \(unsafeRaw: Self.columns) FROM questions
                WHERE status = \(bind: QuestionStatus.published.rawValue) AND publish_consent = 1
                """
            if let organisationID { sql = sql + " AND organisation_id = \(bind: organisationID)" }
            if let after { sql = sql + " AND (published_at, reference) < (\(bind: after.publishedAt), \(bind: after.reference))" }
            sql = sql + " ORDER BY published_at DESC, reference DESC LIMIT \(bind: limit)"
            let records = try await database.raw(sql).all().map(Self.record(from:))
            let redactions = try await Self.redactions(records.map(\.reference), on: database)
            return records.map { ($0, redactions[$0.reference] ?? []) }
        }
    }

    /// The phrases staff redacted from the question's public text.
    public func redactions(reference: String) async throws -> [String] {
        try await store.read { try await Self.redactions(reference, on: $0) }
    }

    /// The redactions of many questions at once, by reference (a bulletin masks thousands).
    public func redactions(references: [String]) async throws -> [String: [String]] {
        try await store.read { try await Self.redactions(references, on: $0) }
    }

    static func redactions(_ references: [String], on database: any SQLDatabase) async throws -> [String: [String]] {
        var found: [String: [String]] = [:]
        for slice in references.bindSlices {
            let rows = try await database.raw(
                "SELECT reference, phrase FROM question_redactions WHERE reference IN (\(binds: slice)) ORDER BY created_at"
            ).all()
            for row in rows {
                found[try row.decode(column: "reference", as: String.self), default: []].append(try row.decode(column: "phrase", as: String.self))
            }
        }
        return found
    }

    static func redactions(_ reference: String, on database: any SQLDatabase) async throws -> [String] {
        try await database.raw("SELECT phrase FROM question_redactions WHERE reference = \(bind: reference) ORDER BY created_at")
            .all().map { try $0.decode(column: "phrase", as: String.self) }
    }

    static func checkOpen(session id: String, organisation: String, now: Date, on database: any SQLDatabase) async throws {
        guard
            let session = try await database.raw("SELECT \(unsafeRaw: SessionRow.columns) FROM sessions WHERE id = \(bind: id)")
                .first().map(SessionRow.session(from:))
        else { throw QuestionError.closed("no session \(id)") }
        guard session.organisationID == organisation else { throw QuestionError.closed("session \(id) belongs to another organisation") }
        guard session.status.isUpcoming else {
            throw QuestionError.closed("the session is \(session.status.rawValue)")
        }
        guard now < (session.questionsCloseAt ?? session.startsAt) else {
            throw QuestionError.closed("questions for this session closed at its cut-off")
        }
    }

    static func recordEvent(
        _ reference: String,
        actor: String,
        action: String,
        status: QuestionStatus,
        note: String?,
        now: Date,
        on database: any SQLDatabase
    ) async throws {
        try await database.raw(
            """
            INSERT INTO question_events (reference, position, at, actor, action, status, note)
            VALUES (\(bind: reference),
                (SELECT COALESCE(MAX(position), 0) + 1 FROM question_events WHERE reference = \(bind: reference)),
                \(bind: Int64(now.timeIntervalSince1970)), \(bind: actor), \(bind: action), \(bind: status.rawValue), \(bind: note))
            """
        ).run()
    }

    static let columns = """
        reference, organisation_id, session_id, category, channel, subject, text, status, merged_into, department_id, due_date,
        extensions, supporters, publish_consent, broadcast_consent, show_unmasked, answer, published_at, rating, rating_comment, resume_status,
        clock_stopped_on, complex, remote_area, second_instance, created_at, updated_at, sealed_text
        """

    static func record(_ reference: String, on database: any SQLDatabase) async throws -> QuestionRecord? {
        try await database.raw("SELECT \(unsafeRaw: columns) FROM questions WHERE reference = \(bind: reference)").first().map(record(from:))
    }

    /// The questions of `references` that exist, by reference: one statement for a handful.
    static func records(_ references: [String], on database: any SQLDatabase) async throws -> [String: QuestionRecord] {
        var found: [String: QuestionRecord] = [:]
        for slice in references.bindSlices {
            let rows = try await database.raw("SELECT \(unsafeRaw: columns) FROM questions WHERE reference IN (\(binds: slice))").all()
            for row in rows {
                let record = try record(from: row)
                found[record.reference] = record
            }
        }
        return found
    }

    static func record(from row: any SQLRow) throws -> QuestionRecord {
        func instant(_ column: String) throws -> Date? {
            try row.decode(column: column, as: Int64?.self).map { Date(timeIntervalSince1970: TimeInterval($0)) }
        }
        return QuestionRecord(
            reference: try row.decode(column: "reference", as: String.self),
            organisationID: try row.decode(column: "organisation_id", as: String.self),
            sessionID: try row.decode(column: "session_id", as: String?.self),
            category: CaseCategory(rawValue: try row.decode(column: "category", as: String.self)) ?? .question,
            channel: try row.decode(column: "channel", as: String.self),
            subject: try row.decode(column: "subject", as: String.self),
            text: try row.decode(column: "text", as: String.self),
            status: QuestionStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .submitted,
            mergedInto: try row.decode(column: "merged_into", as: String?.self),
            departmentID: try row.decode(column: "department_id", as: String?.self),
            dueDate: CivilDate(iso: try row.decode(column: "due_date", as: String.self)) ?? CivilDate(year: 2000, month: 1, day: 1)!,
            extensions: try row.decode(column: "extensions", as: Int.self),
            supporters: try row.decode(column: "supporters", as: Int.self),
            publishConsent: try row.decode(column: "publish_consent", as: Int.self) == 1,
            broadcastConsent: try row.decode(column: "broadcast_consent", as: Int.self) == 1,
            showUnmasked: try row.decode(column: "show_unmasked", as: Int.self) == 1,
            answer: try row.decode(column: "answer", as: String?.self),
            publishedAt: try instant("published_at"),
            rating: try row.decode(column: "rating", as: Int?.self),
            ratingComment: try row.decode(column: "rating_comment", as: String?.self),
            resumeStatus: try row.decode(column: "resume_status", as: String?.self).flatMap(QuestionStatus.init(rawValue:)),
            clockStoppedOn: try row.decode(column: "clock_stopped_on", as: String?.self).flatMap(CivilDate.init(iso:)),
            conditions: CaseConditions(
                complex: try row.decode(column: "complex", as: Int.self) == 1,
                remote: try row.decode(column: "remote_area", as: Int.self) == 1,
                secondInstance: try row.decode(column: "second_instance", as: Int.self) == 1
            ),
            sensitive: try row.decode(column: "sealed_text", as: String?.self) != nil,
            createdAt: try instant("created_at") ?? Date(),
            updatedAt: try instant("updated_at") ?? Date()
        )
    }
}
