import Foundation
public import SQLKit
public import TiepDanCore

/// Citizens' requests about their personal data. Each change is a compare-and-set on the request's state, audited in
/// the same transaction, so two clerks cannot both complete one.
public struct PrivacyRequestRepository: Sendable {
    let store: any Store

    /// A repository over `store`.
    public init(store: any Store) {
        self.store = store
    }

    /// Stores a request under a new id (`PR-2026-000001`).
    public func file(_ request: NewPrivacyRequest, now: Date) async throws -> PrivacyRequestRecord {
        try await store.transaction { database in
            let year = ZoneClock(RFC3339.vietnam).day(of: now).year
            let id = String(format: "PR-%04d-%06d", year, try await ReferenceCounter.next("privacy", year: year, on: database))
            try await database.raw(
                """
                INSERT INTO privacy_requests (id, organisation_id, kind, subject, detail, channel, filed_by, filed_at, acknowledge_by,
                    due_date, status)
                VALUES (\(bind: id), \(bind: request.organisationID), \(bind: request.kind.rawValue), \(bind: request.subject.key),
                    \(bind: request.detail), \(bind: request.channel), \(bind: request.filedBy), \(bind: Int64(now.timeIntervalSince1970)),
                    \(bind: request.acknowledgeBy.description), \(bind: request.dueDate.description), 'open')
                """
            ).run()
            try await Self.audit(id, actor: request.filedBy, action: "file", after: ["kind": request.kind.rawValue], now: now, on: database)
            guard let record = try await Self.record(id, on: database) else { throw PrivacyRequestError.notFound }
            return record
        }
    }

    /// The request `id`.
    public func find(_ id: String) async throws -> PrivacyRequestRecord? {
        try await store.read { try await Self.record(id, on: $0) }
    }

    /// The requests of `organisations`, open ones only unless `all`, soonest due first (then by id), after the keyset
    /// `after` of the previous page's last.
    public func list(
        organisations: [String],
        all: Bool = false,
        after: (dueDate: String, id: String)? = nil,
        limit: Int
    ) async throws -> [PrivacyRequestRecord] {
        guard !organisations.isEmpty else { return [] }
        return try await store.read { database in
            var found: [PrivacyRequestRecord] = []
            // Slice by slice (a province's account reads thousands of organisations), each ordered; merged below.
            for slice in organisations.bindSlices {
                var query = database.select().column(SQLRaw(Self.columns)).from("privacy_requests").where("organisation_id", .in, slice)
                if !all { query = query.where("status", .equal, PrivacyRequestStatus.open.rawValue) }
                if let after {
                    query = query.where("(due_date, id) > (\(bind: after.dueDate), \(bind: after.id))" as SQLQueryString)
                }
                found += try await query.orderBy("due_date").orderBy("id").limit(limit).all().map(Self.record(from:))
            }
            return Array(found.sorted { ($0.dueDate.description, $0.id) < ($1.dueDate.description, $1.id) }.prefix(limit))
        }
    }

    /// The office says it has the request (once).
    public func acknowledge(_ id: String, actor: String, now: Date) async throws -> PrivacyRequestRecord {
        try await change(
            id,
            actor: actor,
            action: "acknowledge",
            now: now,
            set: "acknowledged_at = \(Int64(now.timeIntervalSince1970))",
            when: "acknowledged_at IS NULL",
            refusal: "already acknowledged"
        )
    }

    /// Its one extension, to `due`, with the reason the citizen is told.
    public func extend(_ id: String, to due: CivilDate, reason: String, actor: String, now: Date) async throws -> PrivacyRequestRecord {
        try await store.transaction { database in
            let changed = try await database.raw(
                """
                UPDATE privacy_requests SET due_date = \(bind: due.description), extended_reason = \(bind: reason)
                WHERE id = \(bind: id) AND status = 'open' AND extended_reason IS NULL RETURNING id
                """
            ).first()
            guard changed != nil else { throw try await Self.refusal(id, "already extended once, or no longer open", on: database) }
            try await Self.audit(id, actor: actor, action: "extend", after: ["due": due.description], now: now, on: database)
            guard let record = try await Self.record(id, on: database) else { throw PrivacyRequestError.notFound }
            return record
        }
    }

    /// Closes it as done or refused, with what was done or why not; `work` runs in the same transaction first (the
    /// erasure of a deletion, the withdrawal of consents), so the request closes exactly when the work lands.
    public func complete(
        _ id: String,
        status: PrivacyRequestStatus,
        reason: String?,
        actor: String,
        now: Date,
        work: @escaping @Sendable (any SQLDatabase) async throws -> Void = { _ in }
    ) async throws -> PrivacyRequestRecord {
        try await store.transaction { database in
            let changed = try await database.raw(
                """
                UPDATE privacy_requests SET status = \(bind: status.rawValue), outcome_reason = \(bind: reason),
                    completed_by = \(bind: actor), completed_at = \(bind: Int64(now.timeIntervalSince1970)),
                    acknowledged_at = COALESCE(acknowledged_at, \(bind: Int64(now.timeIntervalSince1970)))
                WHERE id = \(bind: id) AND status = 'open' RETURNING id
                """
            ).first()
            guard changed != nil else { throw try await Self.refusal(id, "already completed", on: database) }
            try await work(database)
            try await Self.audit(id, actor: actor, action: "complete", after: ["status": status.rawValue], now: now, on: database)
            guard let record = try await Self.record(id, on: database) else { throw PrivacyRequestError.notFound }
            return record
        }
    }

    private func change(
        _ id: String,
        actor: String,
        action: String,
        now: Date,
        set: String,
        when condition: String,
        refusal: String
    ) async throws -> PrivacyRequestRecord {
        try await store.transaction { database in
            let changed = try await database.raw(
                "UPDATE privacy_requests SET \(unsafeRaw: set) WHERE id = \(bind: id) AND status = 'open' AND \(unsafeRaw: condition) RETURNING id"
            ).first()
            guard changed != nil else { throw try await Self.refusal(id, refusal, on: database) }
            try await Self.audit(id, actor: actor, action: action, after: [:], now: now, on: database)
            guard let record = try await Self.record(id, on: database) else { throw PrivacyRequestError.notFound }
            return record
        }
    }

    static func refusal(_ id: String, _ why: String, on database: any SQLDatabase) async throws -> PrivacyRequestError {
        try await record(id, on: database) == nil ? .notFound : .notAllowed(why)
    }

    static func audit(_ id: String, actor: String, action: String, after: [String: String], now: Date, on database: any SQLDatabase) async throws {
        try await AuditLog.append(
            AuditEntry(at: now, actor: actor, entityKind: "privacy_request", entityID: id, action: action, after: AuditEntry.json(after)),
            on: database
        )
    }

    static let columns = """
        id, organisation_id, kind, subject, detail, channel, filed_by, filed_at, acknowledge_by, due_date, acknowledged_at,
        extended_reason, status, outcome_reason, completed_by, completed_at
        """

    static func record(_ id: String, on database: any SQLDatabase) async throws -> PrivacyRequestRecord? {
        try await database.raw("SELECT \(unsafeRaw: columns) FROM privacy_requests WHERE id = \(bind: id)").first().map(record(from:))
    }

    static func record(from row: any SQLRow) throws -> PrivacyRequestRecord {
        func instant(_ column: String) throws -> Date? {
            try row.decode(column: column, as: Int64?.self).map { Date(timeIntervalSince1970: TimeInterval($0)) }
        }
        func day(_ column: String) throws -> CivilDate {
            CivilDate(iso: try row.decode(column: column, as: String.self)) ?? CivilDate(year: 2000, month: 1, day: 1)!
        }
        let subject = try row.decode(column: "subject", as: String.self)
        return PrivacyRequestRecord(
            id: try row.decode(column: "id", as: String.self),
            organisationID: try row.decode(column: "organisation_id", as: String.self),
            kind: PrivacyRequestKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .access,
            subject: ConsentSubject(key: subject) ?? .question(subject),
            detail: try row.decode(column: "detail", as: String?.self),
            channel: try row.decode(column: "channel", as: String.self),
            filedBy: try row.decode(column: "filed_by", as: String.self),
            filedAt: try instant("filed_at") ?? Date(timeIntervalSince1970: 0),
            acknowledgeBy: try day("acknowledge_by"),
            dueDate: try day("due_date"),
            acknowledgedAt: try instant("acknowledged_at"),
            extendedReason: try row.decode(column: "extended_reason", as: String?.self),
            status: PrivacyRequestStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .open,
            outcomeReason: try row.decode(column: "outcome_reason", as: String?.self),
            completedBy: try row.decode(column: "completed_by", as: String?.self),
            completedAt: try instant("completed_at")
        )
    }
}
