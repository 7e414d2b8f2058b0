import Foundation
import SQLKit
import TiepDanCore

/// The register of personal data breaches: recorded, listed newest first, and marked reported once.
public struct BreachRepository: Sendable {
    let store: any Store

    /// A repository over `store`.
    public init(store: any Store) {
        self.store = store
    }

    /// Records a breach under a new id (`SC-2026-000001`).
    public func record(_ breach: NewBreach, now: Date) async throws -> BreachRecord {
        try await store.transaction { database in
            let year = ZoneClock(RFC3339.vietnam).day(of: now).year
            let id = String(format: "SC-%04d-%06d", year, try await ReferenceCounter.next("breach", year: year, on: database))
            try await database.raw(
                """
                INSERT INTO breaches (id, organisation_id, discovered_at, description, data_kinds, people_affected, consequences,
                    measures, recorded_by, recorded_at)
                VALUES (\(bind: id), \(bind: breach.organisationID), \(bind: Int64(breach.discoveredAt.timeIntervalSince1970)),
                    \(bind: breach.description), \(bind: breach.dataKinds), \(bind: breach.peopleAffected), \(bind: breach.consequences),
                    \(bind: breach.measures), \(bind: breach.recordedBy), \(bind: Int64(now.timeIntervalSince1970)))
                """
            ).run()
            try await AuditLog.append(
                AuditEntry(at: now, actor: breach.recordedBy, entityKind: "breach", entityID: id, action: "record"),
                on: database
            )
            guard let record = try await Self.record(id, on: database) else { throw PrivacyRequestError.notFound }
            return record
        }
    }

    /// The breach `id`.
    public func find(_ id: String) async throws -> BreachRecord? {
        try await store.read { try await Self.record(id, on: $0) }
    }

    /// Breaches, newest discovery first (then by id, newest first), after the keyset `after` of the previous page's last.
    public func list(after: (discoveredAt: Int64, id: String)? = nil, limit: Int) async throws -> [BreachRecord] {
        try await store.read { database in
            var sql: SQLQueryString = "SELECT \(unsafeRaw: Self.columns) FROM breaches"
            if let after { sql = sql + " WHERE (discovered_at, id) < (\(bind: after.discoveredAt), \(bind: after.id))" }
            sql = sql + " ORDER BY discovered_at DESC, id DESC LIMIT \(bind: limit)"
            return try await database.raw(sql).all().map(Self.record(from:))
        }
    }

    /// Records that the authority was told, once.
    public func reported(_ id: String, reference: String?, actor: String, now: Date) async throws -> BreachRecord {
        try await store.transaction { database in
            let changed = try await database.raw(
                """
                UPDATE breaches SET reported_at = \(bind: Int64(now.timeIntervalSince1970)), report_reference = \(bind: reference)
                WHERE id = \(bind: id) AND reported_at IS NULL RETURNING id
                """
            ).first()
            guard changed != nil else {
                throw try await Self.record(id, on: database) == nil ? PrivacyRequestError.notFound : .notAllowed("already reported")
            }
            try await AuditLog.append(AuditEntry(at: now, actor: actor, entityKind: "breach", entityID: id, action: "reported"), on: database)
            guard let record = try await Self.record(id, on: database) else { throw PrivacyRequestError.notFound }
            return record
        }
    }

    static let columns = """
        id, organisation_id, discovered_at, description, data_kinds, people_affected, consequences, measures, recorded_by,
        recorded_at, reported_at, report_reference
        """

    static func record(_ id: String, on database: any SQLDatabase) async throws -> BreachRecord? {
        try await database.raw("SELECT \(unsafeRaw: columns) FROM breaches WHERE id = \(bind: id)").first().map(record(from:))
    }

    static func record(from row: any SQLRow) throws -> BreachRecord {
        func instant(_ column: String) throws -> Date? {
            try row.decode(column: column, as: Int64?.self).map { Date(timeIntervalSince1970: TimeInterval($0)) }
        }
        return BreachRecord(
            id: try row.decode(column: "id", as: String.self),
            organisationID: try row.decode(column: "organisation_id", as: String.self),
            discoveredAt: try instant("discovered_at") ?? Date(timeIntervalSince1970: 0),
            description: try row.decode(column: "description", as: String.self),
            dataKinds: try row.decode(column: "data_kinds", as: String.self),
            peopleAffected: try row.decode(column: "people_affected", as: Int.self),
            consequences: try row.decode(column: "consequences", as: String?.self),
            measures: try row.decode(column: "measures", as: String?.self),
            recordedBy: try row.decode(column: "recorded_by", as: String.self),
            recordedAt: try instant("recorded_at") ?? Date(timeIntervalSince1970: 0),
            reportedAt: try instant("reported_at"),
            reportReference: try row.decode(column: "report_reference", as: String?.self)
        )
    }
}
