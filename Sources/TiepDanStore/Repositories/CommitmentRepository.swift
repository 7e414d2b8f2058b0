import Foundation
import SQLKit
public import TiepDanCore

/// Commitments and their history. Every change appends to `commitment_updates` and the audit
/// trail in the same transaction; the due date changes only by an extension with a reason.
public struct CommitmentRepository: Sendable {
    let store: any Store
    /// Writes what a question's sender is told when a commitment made on it is done; nil tells no one.
    let notices: (any NoticeComposer)?

    /// A repository over `store`, telling citizens through `notices`.
    public init(store: any Store, notices: (any NoticeComposer)? = nil) {
        self.store = store
        self.notices = notices
    }

    /// Records a commitment (`C-YYYY-NNNNNN`).
    public func create(_ commitment: NewCommitment, now: Date) async throws -> CommitmentRecord {
        try await store.transaction { database in
            let year = ZoneClock(RFC3339.vietnam).day(of: now).year
            let id = String(format: "C-%04d-%06d", year, try await ReferenceCounter.next("commitment", year: year, on: database))
            let stamp = Int64(now.timeIntervalSince1970)
            try await database.raw(
                """
                INSERT INTO commitments (id, organisation_id, text, owner_id, owner_kind, session_id, question_ref, made_at, due_date,
                    original_due, status, progress, created_by, updated_at)
                VALUES (\(bind: id), \(bind: commitment.organisationID), \(bind: commitment.text), \(bind: commitment.ownerID),
                    \(bind: commitment.ownerKind), \(bind: commitment.sessionID), \(bind: commitment.questionReference), \(bind: stamp),
                    \(bind: commitment.dueDate.description), \(bind: commitment.dueDate.description), 'open', 0,
                    \(bind: commitment.createdBy), \(bind: stamp))
                """
            ).run()
            try await Self.append(
                id,
                actor: commitment.createdBy,
                kind: "made",
                status: .open,
                progress: 0,
                note: nil,
                evidence: nil,
                dueBefore: nil,
                dueAfter: commitment.dueDate,
                now: now,
                on: database
            )
            try await AuditLog.append(
                AuditEntry(
                    at: now,
                    actor: commitment.createdBy,
                    entityKind: "commitment",
                    entityID: id,
                    action: "create",
                    after: AuditEntry.json(["owner": commitment.ownerID, "due_date": commitment.dueDate.description])
                ),
                on: database
            )
            guard let record = try await Self.record(id, on: database) else { throw CommitmentError.notFound }
            return record
        }
    }

    /// Records progress, and optionally a new status (`in_progress`, `done`, or `dropped` with the
    /// note as its reason). Done and dropped commitments are closed.
    public func progress(
        _ id: String,
        progress: Int,
        status: CommitmentStatus?,
        note: String,
        evidence: String?,
        actor: String,
        now: Date
    ) async throws -> CommitmentRecord {
        try await store.transaction { database in
            guard let current = try await Self.record(id, on: database) else { throw CommitmentError.notFound }
            guard current.status == .open || current.status == .inProgress else {
                throw CommitmentError.notAllowed("the commitment is \(current.status.rawValue)")
            }
            var next = status ?? (progress > 0 ? .inProgress : current.status)
            if next == .overdue || next == .open && progress > 0 { next = .inProgress }
            let value = next == .done ? 100 : progress
            let stamp = Int64(now.timeIntervalSince1970)
            try await database.raw(
                """
                UPDATE commitments SET status = \(bind: next.rawValue), progress = \(bind: value),
                    done_at = \(bind: next == .done ? stamp : nil), drop_reason = \(bind: next == .dropped ? note : nil),
                    updated_at = \(bind: stamp)
                WHERE id = \(bind: id)
                """
            ).run()
            try await Self.append(
                id,
                actor: actor,
                kind: next == .done || next == .dropped ? next.rawValue : "progress",
                status: next,
                progress: value,
                note: note,
                evidence: evidence,
                dueBefore: nil,
                dueAfter: nil,
                now: now,
                on: database
            )
            try await AuditLog.append(
                AuditEntry(
                    at: now,
                    actor: actor,
                    entityKind: "commitment",
                    entityID: id,
                    action: "progress",
                    before: AuditEntry.json(["status": current.status.rawValue, "progress": String(current.progress)]),
                    after: AuditEntry.json(["status": next.rawValue, "progress": String(value)])
                ),
                on: database
            )
            guard let record = try await Self.record(id, on: database) else { throw CommitmentError.notFound }
            // The citizen whose question it answered hears that it is done, in the same transaction.
            if next == .done, let notices, let reference = record.questionReference,
                let question = try await QuestionRepository.record(reference, on: database)
            {
                try await QuestionRepository.notify(question, of: .commitmentCompleted, note: record.text, composer: notices, now: now, on: database)
            }
            return record
        }
    }

    /// Moves the due date later, with the reason kept in the public history.
    public func extend(_ id: String, to due: CivilDate, reason: String, actor: String, now: Date) async throws -> CommitmentRecord {
        try await store.transaction { database in
            guard let current = try await Self.record(id, on: database) else { throw CommitmentError.notFound }
            guard current.status == .open || current.status == .inProgress else {
                throw CommitmentError.notAllowed("the commitment is \(current.status.rawValue)")
            }
            guard due > current.dueDate else { throw CommitmentError.notAllowed("the new due date must be after \(current.dueDate)") }
            try await database.raw(
                """
                UPDATE commitments SET due_date = \(bind: due.description), updated_at = \(bind: Int64(now.timeIntervalSince1970))
                WHERE id = \(bind: id)
                """
            ).run()
            try await Self.append(
                id,
                actor: actor,
                kind: "extended",
                status: current.status,
                progress: current.progress,
                note: reason,
                evidence: nil,
                dueBefore: current.dueDate,
                dueAfter: due,
                now: now,
                on: database
            )
            try await AuditLog.append(
                AuditEntry(
                    at: now,
                    actor: actor,
                    entityKind: "commitment",
                    entityID: id,
                    action: "extend",
                    before: AuditEntry.json(["due_date": current.dueDate.description]),
                    after: AuditEntry.json(["due_date": due.description, "reason": reason])
                ),
                on: database
            )
            guard let record = try await Self.record(id, on: database) else { throw CommitmentError.notFound }
            return record
        }
    }

    /// One commitment.
    public func find(_ id: String) async throws -> CommitmentRecord? {
        try await store.read { try await Self.record(id, on: $0) }
    }

    /// The commitments made at a session, in the order made.
    public func list(sessionID: String) async throws -> [CommitmentRecord] {
        try await store.read { database in
            try await database.raw("SELECT \(unsafeRaw: Self.columns) FROM commitments WHERE session_id = \(bind: sessionID) ORDER BY id")
                .all().map(Self.record(from:))
        }
    }

    /// The open and in-progress commitments of these organisations (all for nil) due on or before `day`, overdue ones
    /// included, read through the index on (organisation, status, due date).
    public func open(organisationIDs: Set<String>?, dueBy day: CivilDate) async throws -> [CommitmentRecord] {
        try await store.read { database in
            var query = database.select().column(SQLRaw(Self.columns)).from("commitments")
                .where("status", .in, [CommitmentStatus.open.rawValue, CommitmentStatus.inProgress.rawValue])
                .where("due_date", .lessThanOrEqual, day.description)
            if let organisationIDs { query = query.where("organisation_id", .in, organisationIDs.sorted()) }
            return try await query.orderBy("id").all().map(Self.record(from:))
        }
    }

    /// Commitments of these organisations (all for nil), oldest first, a page after `after`.
    public func list(organisationIDs: Set<String>?, after: String?, limit: Int) async throws -> [CommitmentRecord] {
        try await store.read { database in
            var query = database.select().column(SQLRaw(Self.columns)).from("commitments")
            if let organisationIDs { query = query.where("organisation_id", .in, organisationIDs.sorted()) }
            if let after { query = query.where("id", .greaterThan, after) }
            return try await query.orderBy("id").limit(limit).all().map(Self.record(from:))
        }
    }

    /// Commitments of an organisation (or all), oldest first.
    public func list(organisationID: String?, after: String? = nil, limit: Int = 500) async throws -> [CommitmentRecord] {
        try await list(organisationIDs: organisationID.map { [$0] }, after: after, limit: limit)
    }

    /// The standing of every commitment of an organisation, for figures over all of them: three columns, one read
    /// through the index on the organisation.
    public func standings(organisationID: String) async throws -> [CommitmentStanding] {
        try await store.read { database in
            try await database.raw("SELECT status, due_date, done_at FROM commitments WHERE organisation_id = \(bind: organisationID)")
                .all().map { row in
                    CommitmentStanding(
                        status: CommitmentStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .open,
                        dueDate: CivilDate(iso: try row.decode(column: "due_date", as: String.self)) ?? CivilDate(year: 2000, month: 1, day: 1)!,
                        doneAt: try row.decode(column: "done_at", as: Int64?.self).map { Date(timeIntervalSince1970: TimeInterval($0)) }
                    )
                }
        }
    }

    /// The history, oldest first.
    public func updates(_ id: String) async throws -> [CommitmentUpdate] {
        try await store.read { database in
            try await database.raw(
                """
                SELECT at, actor, kind, status, progress, note, evidence, due_before, due_after FROM commitment_updates
                WHERE commitment_id = \(bind: id) ORDER BY position
                """
            ).all().map { row in
                CommitmentUpdate(
                    at: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "at", as: Int64.self))),
                    actor: try row.decode(column: "actor", as: String.self),
                    kind: try row.decode(column: "kind", as: String.self),
                    status: CommitmentStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .open,
                    progress: try row.decode(column: "progress", as: Int.self),
                    note: try row.decode(column: "note", as: String?.self),
                    evidence: try row.decode(column: "evidence", as: String?.self),
                    dueBefore: try row.decode(column: "due_before", as: String?.self).flatMap { CivilDate(iso: $0) },
                    dueAfter: try row.decode(column: "due_after", as: String?.self).flatMap { CivilDate(iso: $0) }
                )
            }
        }
    }

    static func append(
        _ id: String,
        actor: String,
        kind: String,
        status: CommitmentStatus,
        progress: Int,
        note: String?,
        evidence: String?,
        dueBefore: CivilDate?,
        dueAfter: CivilDate?,
        now: Date,
        on database: any SQLDatabase
    ) async throws {
        try await database.raw(
            """
            INSERT INTO commitment_updates (commitment_id, position, at, actor, kind, status, progress, note, evidence, due_before, due_after)
            VALUES (\(bind: id), (SELECT COALESCE(MAX(position), 0) + 1 FROM commitment_updates WHERE commitment_id = \(bind: id)),
                \(bind: Int64(now.timeIntervalSince1970)), \(bind: actor), \(bind: kind), \(bind: status.rawValue), \(bind: progress),
                \(bind: note), \(bind: evidence), \(bind: dueBefore?.description), \(bind: dueAfter?.description))
            """
        ).run()
    }

    static let columns = """
        id, organisation_id, text, owner_id, owner_kind, session_id, question_ref, made_at, due_date, original_due, status, progress,
        done_at, drop_reason
        """

    static func record(_ id: String, on database: any SQLDatabase) async throws -> CommitmentRecord? {
        try await database.raw("SELECT \(unsafeRaw: columns) FROM commitments WHERE id = \(bind: id)").first().map(record(from:))
    }

    static func record(from row: any SQLRow) throws -> CommitmentRecord {
        let fallback = CivilDate(year: 2000, month: 1, day: 1)!
        return CommitmentRecord(
            id: try row.decode(column: "id", as: String.self),
            organisationID: try row.decode(column: "organisation_id", as: String.self),
            text: try row.decode(column: "text", as: String.self),
            ownerID: try row.decode(column: "owner_id", as: String.self),
            ownerKind: try row.decode(column: "owner_kind", as: String.self),
            sessionID: try row.decode(column: "session_id", as: String?.self),
            questionReference: try row.decode(column: "question_ref", as: String?.self),
            madeAt: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "made_at", as: Int64.self))),
            dueDate: CivilDate(iso: try row.decode(column: "due_date", as: String.self)) ?? fallback,
            originalDue: CivilDate(iso: try row.decode(column: "original_due", as: String.self)) ?? fallback,
            status: CommitmentStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .open,
            progress: try row.decode(column: "progress", as: Int.self),
            doneAt: try row.decode(column: "done_at", as: Int64?.self).map { Date(timeIntervalSince1970: TimeInterval($0)) },
            dropReason: try row.decode(column: "drop_reason", as: String?.self)
        )
    }
}
