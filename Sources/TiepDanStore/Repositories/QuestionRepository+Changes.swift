import Foundation
import SQLKit
public import TiepDanCore

extension QuestionRepository {
    /// Applies `action` when the question's status allows it (else `illegalTransition`), records
    /// the step in the history and the audit trail, and returns the question after it.
    public func apply(
        _ action: QuestionAction,
        to reference: String,
        change: QuestionChange,
        actor: String,
        now: Date
    ) async throws -> QuestionRecord {
        try await store.transaction { database in
            try await Self.apply(action, to: reference, change: change, actor: actor, now: now, composer: notices, on: database)
        }
    }

    /// `apply` inside a caller's transaction (publishing a bulletin publishes its approved answers with it).
    static func apply(
        _ action: QuestionAction,
        to reference: String,
        change: QuestionChange,
        actor: String,
        now: Date,
        composer: (any NoticeComposer)? = nil,
        on database: any SQLDatabase
    ) async throws -> QuestionRecord {
        guard let current = try await Self.record(reference, on: database) else { throw QuestionError.notFound }
        guard action.applies(to: current.category) else {
            throw QuestionError.notAllowed("the law gives no \(action.rawValue) for a \(current.category.rawValue)")
        }
        guard let target = action.target(from: current.status, resuming: current.resumeStatus) else {
            throw QuestionError.illegalTransition(action: action, from: current.status)
        }
        let stamp = Int64(now.timeIntervalSince1970)
        var sets: [String: (any Encodable & Sendable)?] = ["status": target.rawValue, "updated_at": stamp]
        switch action {
        case .merge:
            guard let into = change.mergeInto, into != reference, let other = try await Self.record(into, on: database) else {
                throw QuestionError.notAllowed("merge into another existing question")
            }
            guard other.status.isOpen || other.status == .published, other.organisationID == current.organisationID else {
                throw QuestionError.notAllowed("\(into) is \(other.status.rawValue) or belongs to another organisation")
            }
            sets["merged_into"] = into
            // Everyone who asked the merged question now counts behind the one that carries it.
            try await database.raw(
                """
                UPDATE questions SET supporters = supporters + \(bind: current.supporters + 1), updated_at = \(bind: stamp)
                WHERE reference = \(bind: into)
                """
            ).run()
            try await Self.recordEvent(into, actor: actor, action: "merged_from", status: other.status, note: reference, now: now, on: database)
        case .assign:
            sets["department_id"] = change.departmentID
            if let due = change.dueDate { sets["due_date"] = due.description }
        case .accept:
            if let due = change.dueDate { sets["due_date"] = due.description }
            if let conditions = change.conditions {
                sets["complex"] = conditions.complex ? 1 : 0
                sets["remote_area"] = conditions.remote ? 1 : 0
                sets["second_instance"] = conditions.secondInstance ? 1 : 0
            }
        case .answer:
            sets["answer"] = change.answer
            sets["answered_by"] = actor
        case .approve:
            sets["approved_by"] = actor
        case .publish:
            sets["published_at"] = stamp
        case .pause, .clarify:
            guard let day = change.clockStoppedOn else { throw QuestionError.notAllowed("name the day the clock stops") }
            sets["resume_status"] = current.status.rawValue
            sets["clock_stopped_on"] = day.description
        case .resume, .clarified:
            sets.updateValue(nil, forKey: "resume_status")
            sets.updateValue(nil, forKey: "clock_stopped_on")
            if let move = change.restartedDue { sets["due_date"] = move(current).description }
        case .withdraw, .suspend:
            // Handling ends: a stopped clock never restarts.
            sets.updateValue(nil, forKey: "resume_status")
            sets.updateValue(nil, forKey: "clock_stopped_on")
        case .reject, .returnForRevision, .withdrawPart, .continueHandling:
            // The draft stays for its author to revise; the comment, the part that remains or the reason is the
            // event's note.
            break
        }
        var update = database.update("questions").where("reference", .equal, reference).where("status", .equal, current.status.rawValue)
        for (column, value) in sets.sorted(by: { $0.key < $1.key }) {
            update = value.map { update.set(column, to: $0) } ?? update.set(SQLColumn(column), to: SQLLiteral.null)
        }
        let changed = try await update.returning("reference").first()
        // Someone else moved it between the read and the write: tell this caller, change nothing.
        guard changed != nil else { throw QuestionError.illegalTransition(action: action, from: current.status) }
        let note = action == .merge ? change.mergeInto.map { "→ \($0)" + (change.note.map { ": \($0)" } ?? "") } : change.note
        try await Self.recordEvent(reference, actor: actor, action: action.rawValue, status: target, note: note, now: now, on: database)
        try await AuditLog.append(
            AuditEntry(
                at: now,
                actor: actor,
                entityKind: "question",
                entityID: reference,
                action: action.rawValue,
                before: AuditEntry.json(["status": current.status.rawValue]),
                after: AuditEntry.json([
                    "status": target.rawValue, "department": change.departmentID ?? "",
                    "due_date": (sets["due_date"] as? String) ?? "", "merge_into": change.mergeInto ?? "",
                ])
            ),
            on: database
        )
        guard let record = try await Self.record(reference, on: database) else { throw QuestionError.notFound }
        if let composer, let kind = Self.noticeKinds[action] {
            try await Self.notify(record, of: kind, note: change.note, composer: composer, now: now, on: database)
        }
        if action == .publish {
            // The sender may say how well the office answered, once (`SurveyRepository`).
            try await SurveyRepository.invite(
                contact: "question:" + reference,
                organisationID: record.organisationID,
                leaderID: nil,
                departmentID: record.departmentID,
                channel: record.channel,
                now: now,
                on: database
            )
        }
        if let composer, action == .assign, record.departmentID != nil {
            try await Self.tellStaff(record, .questionAssigned, composer: composer, now: now, on: database)
        }
        return record
    }

    /// The changes whose sender is told, and what of.
    static let noticeKinds: [QuestionAction: QuestionNoticeKind] = [.clarify: .clarificationRequested, .publish: .answerPublished]

    /// Queues what the question's sender is told of `kind`, to the contacts they gave (none for a sealed denouncer).
    static func notify(
        _ record: QuestionRecord,
        of kind: QuestionNoticeKind,
        token: String? = nil,
        note: String? = nil,
        composer: any NoticeComposer,
        now: Date,
        on database: any SQLDatabase
    ) async throws {
        guard
            let citizen = try await database.raw(
                """
                SELECT c.name, c.phone, c.email, o.name AS organisation, q.reply_channel,
                    (SELECT COUNT(*) FROM consents k WHERE k.subject = \(bind: ConsentSubject.question(record.reference).key)
                        AND k.purpose = 'messages' AND k.withdrawn_at IS NULL) AS messages_consent
                FROM question_citizens c JOIN organisations o ON o.id = \(bind: record.organisationID)
                JOIN questions q ON q.reference = c.reference
                WHERE c.reference = \(bind: record.reference)
                """
            ).first()
        else { return }
        let facts = QuestionNoticeFacts(
            kind: kind,
            reference: record.reference,
            citizenName: try citizen.decode(column: "name", as: String?.self) ?? "",
            phone: try citizen.decode(column: "phone", as: String?.self),
            email: try citizen.decode(column: "email", as: String?.self),
            messagesConsent: try citizen.decode(column: "messages_consent", as: Int.self) > 0,
            // Questions sent before the choice existed: the phone if they gave one, else e-mail.
            replyChannel: try citizen.decode(column: "reply_channel", as: String?.self).flatMap(ReplyChannel.init(rawValue:))
                ?? ReplyChannel.chosen(nil, phone: try citizen.decode(column: "phone", as: String?.self) != nil, email: true).channel,
            token: token,
            organisationName: try citizen.decode(column: "organisation", as: String.self),
            due: DocumentDate.short(record.dueDate),
            note: note
        )
        for notice in composer.notices(for: facts) {
            try await NotificationOutbox.enqueue(notice, now: now, on: database)
        }
    }

    /// Extends an open complaint's or denunciation's deadline by `days`, at most `maxExtensions`
    /// times; the reason is kept in the history the citizen sees.
    public func extend(
        _ reference: String,
        to due: CivilDate,
        reason: String,
        maxExtensions: Int,
        actor: String,
        now: Date
    ) async throws -> QuestionRecord {
        try await store.transaction { database in
            guard let current = try await Self.record(reference, on: database) else { throw QuestionError.notFound }
            guard current.status.isOpen, current.status != .submitted else {
                throw QuestionError.notAllowed("only an accepted, open case can be extended")
            }
            guard due > current.dueDate else { throw QuestionError.notAllowed("the new due date must be later than \(current.dueDate)") }
            let changed = try await database.raw(
                """
                UPDATE questions SET due_date = \(bind: due.description), extensions = extensions + 1,
                    updated_at = \(bind: Int64(now.timeIntervalSince1970))
                WHERE reference = \(bind: reference) AND extensions < \(bind: maxExtensions) RETURNING reference
                """
            ).first()
            guard changed != nil else { throw QuestionError.notAllowed("the law allows \(maxExtensions) extension(s) for this category") }
            try await Self.recordEvent(
                reference,
                actor: actor,
                action: "extended",
                status: current.status,
                note: "\(current.dueDate) → \(due): \(reason)",
                now: now,
                on: database
            )
            try await AuditLog.append(
                AuditEntry(
                    at: now,
                    actor: actor,
                    entityKind: "question",
                    entityID: reference,
                    action: "extend",
                    before: AuditEntry.json(["due_date": current.dueDate.description]),
                    after: AuditEntry.json(["due_date": due.description, "reason": reason])
                ),
                on: database
            )
            guard let record = try await Self.record(reference, on: database) else { throw QuestionError.notFound }
            return record
        }
    }

    /// "I have the same question": one more supporter on a published question the public may read (the one that carries
    /// it after a merge), at most once per `clientKey`; a second time changes nothing. Not found for any other.
    public func support(_ reference: String, clientKey: String, now: Date) async throws -> QuestionRecord {
        try await store.transaction { database in
            guard var current = try await Self.record(reference, on: database) else { throw QuestionError.notFound }
            if let into = current.mergedInto, let carrier = try await Self.record(into, on: database) { current = carrier }
            guard current.status == .published, current.mayBePublic else { throw QuestionError.notFound }
            let counted = try await database.raw(
                """
                INSERT INTO question_supports (reference, client_key, at)
                VALUES (\(bind: current.reference), \(bind: clientKey), \(bind: Int64(now.timeIntervalSince1970)))
                ON CONFLICT DO NOTHING RETURNING reference
                """
            ).first()
            guard counted != nil else { return current }
            try await database.raw(
                """
                UPDATE questions SET supporters = supporters + 1 WHERE reference = \(bind: current.reference)
                """
            ).run()
            guard let record = try await Self.record(current.reference, on: database) else { throw QuestionError.notFound }
            return record
        }
    }

    /// The citizen's rating of a published answer, once.
    public func rate(_ reference: String, tokenHash: String, score: Int, comment: String?, now: Date) async throws -> QuestionRecord {
        try await store.transaction { database in
            let changed = try await database.raw(
                """
                UPDATE questions SET rating = \(bind: score), rating_comment = \(bind: comment), updated_at = \(bind: Int64(now.timeIntervalSince1970))
                WHERE reference = \(bind: reference) AND token_hash = \(bind: tokenHash) AND status = 'published' AND rating IS NULL
                RETURNING reference
                """
            ).first()
            guard changed != nil else {
                guard let current = try await Self.record(reference, on: database) else { throw QuestionError.notFound }
                let stored = try await database.raw("SELECT token_hash FROM questions WHERE reference = \(bind: reference)").first()?
                    .decode(column: "token_hash", as: String.self)
                guard stored == tokenHash else { throw QuestionError.notFound }
                throw QuestionError.notAllowed(current.rating != nil ? "already rated" : "the answer is not published yet")
            }
            try await Self.recordEvent(reference, actor: "citizen", action: "rated", status: .published, note: "\(score)/5", now: now, on: database)
            guard let record = try await Self.record(reference, on: database) else { throw QuestionError.notFound }
            return record
        }
    }

    /// Hides `phrase` wherever the question is shown in public.
    public func redact(_ reference: String, phrase: String, actor: String, now: Date) async throws {
        try await store.transaction { database in
            guard try await Self.record(reference, on: database) != nil else { throw QuestionError.notFound }
            try await database.raw(
                """
                INSERT INTO question_redactions (reference, phrase, created_by, created_at)
                VALUES (\(bind: reference), \(bind: phrase), \(bind: actor), \(bind: Int64(now.timeIntervalSince1970)))
                ON CONFLICT (reference, phrase) DO NOTHING
                """
            ).run()
            // The trail says a redaction was made, not what it hides.
            try await AuditLog.append(
                AuditEntry(at: now, actor: actor, entityKind: "question", entityID: reference, action: "redact"),
                on: database
            )
        }
    }

    /// Staff override: show the text unmasked in public (when it names only public bodies, say).
    public func setShowUnmasked(_ reference: String, _ show: Bool, actor: String, now: Date) async throws {
        try await store.transaction { database in
            let changed = try await database.raw(
                """
                UPDATE questions SET show_unmasked = \(bind: show ? 1 : 0) WHERE reference = \(bind: reference) RETURNING reference
                """
            ).first()
            guard changed != nil else { throw QuestionError.notFound }
            try await AuditLog.append(
                AuditEntry(at: now, actor: actor, entityKind: "question", entityID: reference, action: show ? "unmask" : "mask"),
                on: database
            )
        }
    }
}

extension QuestionRepository {
    /// Records in the history (and the audit trail) that a written notice or decision was sent to a party, without
    /// changing the case.
    public func recordDispatch(_ reference: String, note: String, actor: String, now: Date) async throws {
        try await store.transaction { database in
            guard let current = try await Self.record(reference, on: database) else { throw QuestionError.notFound }
            try await Self.recordEvent(reference, actor: actor, action: "decision_sent", status: current.status, note: note, now: now, on: database)
            try await AuditLog.append(
                AuditEntry(
                    at: now,
                    actor: actor,
                    entityKind: "question",
                    entityID: reference,
                    action: "decision_sent",
                    before: nil,
                    after: AuditEntry.json(["note": note])
                ),
                on: database
            )
        }
    }
}
