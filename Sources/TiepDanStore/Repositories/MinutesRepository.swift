import Foundation
import SQLKit
import TiepDanCore

/// Versioned minutes and conclusion notices. A draft is rewritten in place when regenerated or
/// edited; a final version never changes, so the next edit starts a new draft version that keeps
/// the official number. Every step is audited as `minutes:ID`.
public struct MinutesRepository: Sendable {
    let store: any Store

    /// A repository over `store`.
    public init(store: any Store) {
        self.store = store
    }

    static let columns = """
        id, version, session_id, organisation_id, kind, state, number, conclusion, notes, html, created_at, created_by,
        finalised_at, finalised_by
        """

    /// The latest version of the session's document of `kind`, nil when none was drafted.
    public func latest(sessionID: String, kind: MinutesKind) async throws -> MinutesRecord? {
        try await store.read { try await Self.latest(sessionID, kind, on: $0) }
    }

    /// The latest version of document `id`, or version `version` of it.
    public func find(_ id: String, version: Int? = nil) async throws -> MinutesRecord? {
        try await store.read { database in
            if let version {
                return try await database.raw("SELECT \(unsafeRaw: Self.columns) FROM minutes WHERE id = \(bind: id) AND version = \(bind: version)")
                    .first().map(Self.record(from:))
            }
            return try await Self.latest(id: id, on: database)
        }
    }

    /// Every version of document `id`, oldest first.
    public func versions(_ id: String) async throws -> [MinutesRecord] {
        try await store.read { database in
            try await database.raw("SELECT \(unsafeRaw: Self.columns) FROM minutes WHERE id = \(bind: id) ORDER BY version")
                .all().map(Self.record(from:))
        }
    }

    /// Saves a draft of the session's document: rewrites the latest version when it is a draft
    /// (`expectedVersion`, when given, must still be the latest), else starts a new version.
    public func saveDraft(
        sessionID: String,
        organisationID: String,
        kind: MinutesKind,
        conclusion: String,
        notes: String,
        expectedVersion: Int? = nil,
        actor: String,
        now: Date,
        render: @escaping @Sendable (_ version: Int, _ number: Int?) throws -> String
    ) async throws -> MinutesRecord {
        try await store.transaction { database in
            let current = try await Self.latest(sessionID, kind, on: database)
            if let expectedVersion, current?.version != expectedVersion {
                throw DocumentError.conflict("version \(expectedVersion) is no longer the latest; reload")
            }
            let stamp = Int64(now.timeIntervalSince1970)
            let id: String
            let version: Int
            let action: String
            if let current, !current.isFinal {
                (id, version, action) = (current.id, current.version, "regenerate")
                let html = try render(version, current.number)
                let changed = try await database.raw(
                    """
                    UPDATE minutes SET conclusion = \(bind: conclusion), notes = \(bind: notes), html = \(bind: html),
                        created_at = \(bind: stamp), created_by = \(bind: actor)
                    WHERE id = \(bind: id) AND version = \(bind: version) AND state = 'draft' RETURNING id
                    """
                ).first()
                guard changed != nil else { throw DocumentError.conflict("the version was finalised meanwhile") }
            } else {
                if let current {
                    (id, version, action) = (current.id, current.version + 1, "new_version")
                } else {
                    let year = ZoneClock(RFC3339.vietnam).day(of: now).year
                    id = String(format: "M-%04d-%06d", year, try await ReferenceCounter.next("minutes", year: year, on: database))
                    (version, action) = (1, "create")
                }
                let html = try render(version, current?.number)
                try await database.raw(
                    """
                    INSERT INTO minutes (id, version, session_id, organisation_id, kind, state, number, conclusion, notes, html,
                        created_at, created_by)
                    VALUES (\(bind: id), \(bind: version), \(bind: sessionID), \(bind: organisationID), \(bind: kind.rawValue), 'draft',
                        \(bind: current?.number), \(bind: conclusion), \(bind: notes), \(bind: html), \(bind: stamp), \(bind: actor))
                    """
                ).run()
            }
            try await AuditLog.append(
                AuditEntry(
                    at: now,
                    actor: actor,
                    entityKind: "minutes",
                    entityID: id,
                    action: action,
                    after: AuditEntry.json([
                        "version": String(version), "kind": kind.rawValue, "session": sessionID,
                        "conclusion": conclusion, "notes": notes,
                    ])
                ),
                on: database
            )
            guard let saved = try await Self.latest(id: id, on: database) else { throw DocumentError.notFound }
            return saved
        }
    }

    /// Locks `version` of document `id`: gives it the organisation's next number of its kind
    /// for the year (or keeps the number an earlier version got) and stores the final text.
    public func finalise(
        _ id: String,
        version: Int,
        actor: String,
        now: Date,
        render: @escaping @Sendable (_ number: Int) throws -> String
    ) async throws -> MinutesRecord {
        try await store.transaction { database in
            guard let current = try await Self.latest(id: id, on: database) else { throw DocumentError.notFound }
            guard current.version == version else { throw DocumentError.conflict("version \(version) is no longer the latest; reload") }
            guard !current.isFinal else { throw DocumentError.conflict("version \(version) is already final") }
            let year = ZoneClock(RFC3339.vietnam).day(of: now).year
            let number: Int
            if let kept = current.number {
                number = kept
            } else {
                number = try await ReferenceCounter.next("\(current.kind.numberCode):\(current.organisationID)", year: year, on: database)
            }
            let html = try render(number)
            let stamp = Int64(now.timeIntervalSince1970)
            let changed = try await database.raw(
                """
                UPDATE minutes SET state = 'final', number = \(bind: number), html = \(bind: html), finalised_at = \(bind: stamp),
                    finalised_by = \(bind: actor)
                WHERE id = \(bind: id) AND version = \(bind: version) AND state = 'draft' RETURNING id
                """
            ).first()
            guard changed != nil else { throw DocumentError.conflict("the version changed meanwhile") }
            try await AuditLog.append(
                AuditEntry(
                    at: now,
                    actor: actor,
                    entityKind: "minutes",
                    entityID: id,
                    action: "finalise",
                    before: AuditEntry.json(["version": String(version), "state": "draft"]),
                    after: AuditEntry.json(["version": String(version), "state": "final", "number": String(number)])
                ),
                on: database
            )
            guard let saved = try await Self.latest(id: id, on: database) else { throw DocumentError.notFound }
            return saved
        }
    }

    static func latest(_ sessionID: String, _ kind: MinutesKind, on database: any SQLDatabase) async throws -> MinutesRecord? {
        try await database.raw(
            """
            SELECT \(unsafeRaw: columns) FROM minutes WHERE session_id = \(bind: sessionID) AND kind = \(bind: kind.rawValue)
            ORDER BY version DESC LIMIT 1
            """
        ).first().map(record(from:))
    }

    static func latest(id: String, on database: any SQLDatabase) async throws -> MinutesRecord? {
        try await database.raw("SELECT \(unsafeRaw: columns) FROM minutes WHERE id = \(bind: id) ORDER BY version DESC LIMIT 1")
            .first().map(record(from:))
    }

    static func record(from row: any SQLRow) throws -> MinutesRecord {
        func date(_ column: String) throws -> Date? {
            try row.decode(column: column, as: Int64?.self).map { Date(timeIntervalSince1970: TimeInterval($0)) }
        }
        return MinutesRecord(
            id: try row.decode(column: "id", as: String.self),
            version: try row.decode(column: "version", as: Int.self),
            sessionID: try row.decode(column: "session_id", as: String.self),
            organisationID: try row.decode(column: "organisation_id", as: String.self),
            kind: MinutesKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .receptionMinutes,
            isFinal: try row.decode(column: "state", as: String.self) == "final",
            number: try row.decode(column: "number", as: Int?.self),
            conclusion: try row.decode(column: "conclusion", as: String.self),
            notes: try row.decode(column: "notes", as: String.self),
            html: try row.decode(column: "html", as: String.self),
            createdAt: try date("created_at") ?? Date(),
            createdBy: try row.decode(column: "created_by", as: String.self),
            finalisedAt: try date("finalised_at"),
            finalisedBy: try row.decode(column: "finalised_by", as: String?.self)
        )
    }
}
