import Foundation
import SQLKit
public import TiepDanCore

/// The live side of a radio programme or dialogue: the console's marks, the panel's
/// invitations, and closing the programme, which assigns every question not answered on air
/// for a written answer in the same transaction that closes it.
public struct BroadcastRepository: Sendable {
    let store: any Store

    /// A repository over `store`.
    public init(store: any Store) {
        self.store = store
    }

    /// Whether the programme started or closed.
    public func state(sessionID: String) async throws -> BroadcastState {
        try await store.read { try await Self.state(sessionID, on: $0) }
    }

    /// Records the start of the broadcast (the first start counts).
    public func start(sessionID: String, actor: String, now: Date) async throws -> BroadcastState {
        try await store.transaction { database in
            try await database.raw(
                """
                INSERT INTO broadcasts (session_id, started_at) VALUES (\(bind: sessionID), \(bind: Int64(now.timeIntervalSince1970)))
                ON CONFLICT (session_id) DO UPDATE SET started_at = COALESCE(broadcasts.started_at, excluded.started_at)
                """
            ).run()
            try await AuditLog.append(AuditEntry(at: now, actor: actor, entityKind: "session", entityID: sessionID, action: "on_air"), on: database)
            return try await Self.state(sessionID, on: database)
        }
    }

    /// Marks a question of the programme; a later mark replaces an earlier one until the programme closes.
    public func mark(
        sessionID: String,
        reference: String,
        state: BroadcastMark.State,
        answer: String,
        actor: String,
        now: Date
    ) async throws -> BroadcastMark {
        try await store.transaction { database in
            guard try await Self.state(sessionID, on: database).closedAt == nil else {
                throw DocumentError.conflict("the programme is closed; its questions are with the departments")
            }
            guard let question = try await QuestionRepository.record(reference, on: database), question.sessionID == sessionID else {
                throw DocumentError.invalid(field: "question_ref", "\(reference) was not collected for this programme")
            }
            let stamp = Int64(now.timeIntervalSince1970)
            try await database.raw(
                """
                INSERT INTO broadcast_marks (session_id, reference, state, answer, at, actor)
                VALUES (\(bind: sessionID), \(bind: reference), \(bind: state.rawValue), \(bind: answer), \(bind: stamp), \(bind: actor))
                ON CONFLICT (session_id, reference) DO UPDATE SET state = excluded.state, answer = excluded.answer, at = excluded.at,
                    actor = excluded.actor
                """
            ).run()
            try await AuditLog.append(
                AuditEntry(
                    at: now,
                    actor: actor,
                    entityKind: "question",
                    entityID: reference,
                    action: "on_air_\(state.rawValue)",
                    after: AuditEntry.json(["session": sessionID])
                ),
                on: database
            )
            return BroadcastMark(reference: reference, state: state, answer: answer, at: Date(timeIntervalSince1970: TimeInterval(stamp)))
        }
    }

    /// The console's marks, by reference.
    public func marks(sessionID: String) async throws -> [String: BroadcastMark] {
        try await store.read { database in
            let rows = try await database.raw("SELECT reference, state, answer, at FROM broadcast_marks WHERE session_id = \(bind: sessionID)").all()
            var marks: [String: BroadcastMark] = [:]
            for row in rows {
                let reference = try row.decode(column: "reference", as: String.self)
                marks[reference] = BroadcastMark(
                    reference: reference,
                    state: BroadcastMark.State(rawValue: try row.decode(column: "state", as: String.self)) ?? .skipped,
                    answer: try row.decode(column: "answer", as: String.self),
                    at: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "at", as: Int64.self)))
                )
            }
            return marks
        }
    }

    /// Queues `notices` to the panel members not yet invited, and records them; returns how many were new.
    public func invite(
        sessionID: String,
        _ invitations: [(member: String, kind: String, notice: OutgoingNotice)],
        actor: String,
        now: Date
    ) async throws -> Int {
        try await store.transaction { database in
            var added = 0
            for invitation in invitations {
                // The primary key makes a second press, or a second clerk, invite nobody twice.
                let inserted = try await database.raw(
                    """
                    INSERT INTO broadcast_panel (session_id, member_id, member_kind, invited_at, invited_by)
                    VALUES (\(bind: sessionID), \(bind: invitation.member), \(bind: invitation.kind), \(bind: Int64(now.timeIntervalSince1970)), \(bind: actor))
                    ON CONFLICT (session_id, member_id) DO NOTHING RETURNING member_id
                    """
                ).first()
                guard inserted != nil else { continue }
                _ = try await NotificationOutbox.enqueue(invitation.notice, now: now, on: database)
                added += 1
            }
            if added > 0 {
                try await AuditLog.append(
                    AuditEntry(
                        at: now,
                        actor: actor,
                        entityKind: "session",
                        entityID: sessionID,
                        action: "invite",
                        after: AuditEntry.json(["invited": String(added)])
                    ),
                    on: database
                )
            }
            return added
        }
    }

    /// The members invited so far.
    public func panel(sessionID: String) async throws -> [PanelMember] {
        try await store.read { database in
            try await database.raw(
                """
                SELECT member_id, member_kind, invited_at FROM broadcast_panel WHERE session_id = \(bind: sessionID) ORDER BY invited_at, member_id
                """
            ).all().map {
                PanelMember(
                    id: try $0.decode(column: "member_id", as: String.self),
                    kind: try $0.decode(column: "member_kind", as: String.self),
                    invitedAt: Date(timeIntervalSince1970: TimeInterval(try $0.decode(column: "invited_at", as: Int64.self)))
                )
            }
        }
    }

    /// Closes the programme and applies `steps` (per question, the actions that bring it to a
    /// written answer's assignment or to its on-air answer) all at once: one illegal step, or a
    /// second close, and nothing changes.
    public func close(
        sessionID: String,
        steps: [(reference: String, actions: [(QuestionAction, QuestionChange)])],
        actor: String,
        now: Date
    ) async throws -> Int {
        try await store.transaction { database in
            let stamp = Int64(now.timeIntervalSince1970)
            let closed = try await database.raw(
                """
                INSERT INTO broadcasts (session_id, started_at, closed_at, closed_by) VALUES (\(bind: sessionID), NULL, \(bind: stamp), \(bind: actor))
                ON CONFLICT (session_id) DO UPDATE SET closed_at = excluded.closed_at, closed_by = excluded.closed_by
                WHERE broadcasts.closed_at IS NULL
                RETURNING session_id
                """
            ).first()
            guard closed != nil else { throw DocumentError.conflict("the programme is already closed") }
            var changed = 0
            for step in steps {
                for (action, change) in step.actions {
                    _ = try await QuestionRepository.apply(
                        action,
                        to: step.reference,
                        change: change,
                        actor: actor,
                        now: now,
                        on: database
                    )
                }
                changed += step.actions.isEmpty ? 0 : 1
            }
            try await AuditLog.append(
                AuditEntry(
                    at: now,
                    actor: actor,
                    entityKind: "session",
                    entityID: sessionID,
                    action: "broadcast_closed",
                    after: AuditEntry.json(["questions": String(changed)])
                ),
                on: database
            )
            return changed
        }
    }

    static func state(_ sessionID: String, on database: any SQLDatabase) async throws -> BroadcastState {
        guard let row = try await database.raw("SELECT started_at, closed_at FROM broadcasts WHERE session_id = \(bind: sessionID)").first() else {
            return BroadcastState(startedAt: nil, closedAt: nil)
        }
        func date(_ column: String) throws -> Date? {
            try row.decode(column: column, as: Int64?.self).map { Date(timeIntervalSince1970: TimeInterval($0)) }
        }
        return BroadcastState(startedAt: try date("started_at"), closedAt: try date("closed_at"))
    }
}
