import Foundation
import SQLKit
public import TiepDanCore

/// Filters of a session list.
public struct SessionQuery: Sendable {
    /// Sessions starting at or after this instant.
    public var from: Date
    /// Sessions starting before this instant.
    public var to: Date
    /// Only this organisation's.
    public var organisationID: String?
    /// Only these organisations' (what a staff member may read); nil for any.
    public var organisationIDs: Set<String>?
    /// Only sessions with this leader.
    public var leaderID: String?
    /// Only this kind.
    public var kind: SessionKind?
    /// At most this many.
    public var limit: Int = 50
    /// After this position (`STARTS:ID` from an earlier page).
    public var cursor: (startsAt: Int64, id: String)?

    /// A query over `from..<to`.
    public init(from: Date, to: Date) {
        self.from = from
        self.to = to
    }
}

extension ScheduleRepository {
    /// Organisations by id, after `cursor`.
    public func organisations(after cursor: String? = nil, limit: Int = 500) async throws -> [Organisation] {
        try await storeRead { database in
            try await database.raw(
                """
                SELECT id, name, level, parent_id, time_zone FROM organisations
                WHERE id > \(bind: cursor ?? "") ORDER BY id LIMIT \(bind: limit)
                """
            ).all().map(Self.organisation(from:))
        }
    }

    /// Every organisation, by id, in one read.
    public func allOrganisations() async throws -> [Organisation] {
        try await storeRead { database in
            try await database.raw("SELECT id, name, level, parent_id, time_zone FROM organisations ORDER BY id")
                .all().map(Self.organisation(from:))
        }
    }

    /// The organisations directly under `parentID` (a province's communes), or, for nil, those at the top, by id.
    public func organisations(under parentID: String?) async throws -> [Organisation] {
        try await storeRead { database in
            // Two statements rather than `? IS NULL AND ...`, which would keep the engine off the index on the parent.
            let parent: SQLQueryString = parentID.map { "parent_id = \(bind: $0)" } ?? "parent_id IS NULL"
            return try await database.raw(
                "SELECT id, name, level, parent_id, time_zone FROM organisations WHERE \(parent) ORDER BY id"
            ).all().map(Self.organisation(from:))
        }
    }

    /// One organisation.
    public func organisation(id: String) async throws -> Organisation? {
        try await storeRead { database in
            try await database.raw(
                """
                SELECT id, name, level, parent_id, time_zone FROM organisations WHERE id = \(bind: id)
                """
            ).first().map(Self.organisation(from:))
        }
    }

    /// The organisations with these ids, by id (for the few a page of sessions names).
    public func organisations(ids: Set<String>) async throws -> [String: Organisation] {
        guard !ids.isEmpty else { return [:] }
        let sorted = ids.sorted()
        return try await storeRead { database in
            var found: [String: Organisation] = [:]
            // One read per 500 ids (a province's staff read hundreds), not one per organisation.
            for slice in sorted.bindSlices {
                for row in try await database.raw(
                    "SELECT id, name, level, parent_id, time_zone FROM organisations WHERE id IN (\(binds: slice))"
                ).all() {
                    let organisation = try Self.organisation(from: row)
                    found[organisation.id] = organisation
                }
            }
            return found
        }
    }

    /// One leader by global id.
    public func leader(id: String) async throws -> Leader? {
        try await storeRead { database in
            try await database.raw(
                """
                SELECT id, organisation_id, name, title, role FROM leaders WHERE id = \(bind: id)
                """
            ).first().map(Self.leader(from:))
        }
    }

    static func organisation(from row: any SQLRow) throws -> Organisation {
        Organisation(
            id: try row.decode(column: "id", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            level: try row.decode(column: "level", as: String.self),
            parentID: try row.decode(column: "parent_id", as: String?.self),
            timeZone: try row.decode(column: "time_zone", as: String.self)
        )
    }

    static func leader(from row: any SQLRow) throws -> Leader {
        Leader(
            id: try row.decode(column: "id", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            title: try row.decode(column: "title", as: String.self),
            role: try row.decode(column: "role", as: String?.self),
            since: nil,
            organisationID: try row.decode(column: "organisation_id", as: String.self)
        )
    }

    /// Leaders (ids are global: `ORG.LEADER`), optionally of one organisation.
    public func leaders(organisationID: String? = nil, after cursor: String? = nil, limit: Int = 500) async throws -> [Leader] {
        try await storeRead { database in
            let rows: [any SQLRow]
            if let organisationID {
                rows = try await database.raw(
                    """
                    SELECT id, organisation_id, name, title, role FROM leaders
                    WHERE organisation_id = \(bind: organisationID) AND id > \(bind: cursor ?? "") ORDER BY id LIMIT \(bind: limit)
                    """
                ).all()
            } else {
                rows = try await database.raw(
                    """
                    SELECT id, organisation_id, name, title, role FROM leaders
                    WHERE id > \(bind: cursor ?? "") ORDER BY id LIMIT \(bind: limit)
                    """
                ).all()
            }
            return try rows.map(Self.leader(from:))
        }
    }

    /// Sessions matching `query`, by start then id.
    public func sessions(_ query: SessionQuery) async throws -> [ScheduledSession] {
        if query.organisationIDs?.isEmpty == true { return [] }
        return try await storeRead { database in
            try await database.raw(Self.sessionsSQL(query)).all().map(SessionRow.session(from:))
        }
    }

    /// The statement `sessions(_:)` runs. Each filter is written only when it is asked for: a `? IS NULL OR organisation_id = ?` kept the engine off the index, so one
    /// commune's page read every organisation's sessions.
    static func sessionsSQL(_ query: SessionQuery) -> SQLQueryString {
        let from = Int64(query.from.timeIntervalSince1970)
        let to = Int64(query.to.timeIntervalSince1970)
        var sql: SQLQueryString =
            "SELECT \(unsafeRaw: SessionRow.columns) FROM sessions WHERE starts_at >= \(bind: from) AND starts_at < \(bind: to)"
        if let organisation = query.organisationID {
            sql.appendInterpolation(unsafeRaw: " AND organisation_id = ")
            sql.appendInterpolation(bind: organisation)
        }
        if let organisations = query.organisationIDs {
            sql.appendInterpolation(unsafeRaw: " AND organisation_id IN (")
            sql.appendInterpolation(binds: organisations.sorted())
            sql.appendInterpolation(unsafeRaw: ")")
        }
        if let kind = query.kind {
            sql.appendInterpolation(unsafeRaw: " AND kind = ")
            sql.appendInterpolation(bind: kind.rawValue)
        }
        if let leader = query.leaderID {
            // Leader ids are stored comma-joined; matching the whole item keeps `a.b` from matching `a.bc`.
            sql.appendInterpolation(unsafeRaw: " AND ',' || leader_ids || ',' LIKE ")
            sql.appendInterpolation(bind: "%," + leader + ",%")
        }
        if let cursor = query.cursor {
            sql.appendInterpolation(unsafeRaw: " AND (starts_at > ")
            sql.appendInterpolation(bind: cursor.startsAt)
            sql.appendInterpolation(unsafeRaw: " OR (starts_at = ")
            sql.appendInterpolation(bind: cursor.startsAt)
            sql.appendInterpolation(unsafeRaw: " AND id > ")
            sql.appendInterpolation(bind: cursor.id)
            sql.appendInterpolation(unsafeRaw: "))")
        }
        sql.appendInterpolation(unsafeRaw: " ORDER BY starts_at, id LIMIT ")
        sql.appendInterpolation(bind: query.limit)
        return sql
    }

    /// One session.
    public func session(id: String) async throws -> ScheduledSession? {
        try await storeRead { database in
            try await database.raw("SELECT \(unsafeRaw: SessionRow.columns) FROM sessions WHERE id = \(bind: id)")
                .first().map(SessionRow.session(from:))
        }
    }
}

extension ScheduleRepository {
    /// A place by its global id (`ORG.PLACE`), with its organisation.
    public func place(id: String) async throws -> (name: String, organisationID: String)? {
        try await storeRead { database in
            guard let row = try await database.raw("SELECT name, organisation_id FROM places WHERE id = \(bind: id)").first() else {
                return nil
            }
            return (try row.decode(column: "name", as: String.self), try row.decode(column: "organisation_id", as: String.self))
        }
    }

    /// Who received at a held session and how many people came, as the secretariat recorded
    /// them; nil when nothing was recorded.
    public func heldRecord(sessionID: String) async throws -> (receivedBy: [String], attendance: Int?)? {
        try await storeRead { database in
            guard let row = try await database.raw("SELECT received_by, attendance FROM sessions WHERE id = \(bind: sessionID)").first(),
                let received = try row.decode(column: "received_by", as: String?.self), !received.isEmpty
            else { return nil }
            return (received.split(separator: ",").map(String.init), try row.decode(column: "attendance", as: Int?.self))
        }
    }

    /// The departments of an organisation, by global id (`ORG.DEPT`).
    public func departments(organisationID: String) async throws -> [Department] {
        try await storeRead { database in
            try await database.raw("SELECT id, name FROM departments WHERE organisation_id = \(bind: organisationID) ORDER BY id")
                .all().map { Department(id: try $0.decode(column: "id", as: String.self), name: try $0.decode(column: "name", as: String.self)) }
        }
    }

    /// For each leader, the local days (in `zone`) of the organisation's reception sessions in `from..<to`: those on
    /// the calendar (scheduled or held) and those marked held that the leader received at (as recorded, else as
    /// planned). Radio programmes and dialogue conferences are not reception days.
    public func receptionDays(organisationID: String, from: Date, to: Date, zone: TimeZone) async throws -> [String: ReceptionDays] {
        try await receptionDays(organisationIDs: [organisationID], from: from, to: to, zone: zone)[organisationID] ?? [:]
    }

    /// ``receptionDays(organisationID:from:to:zone:)`` of each of `organisationIDs`, by organisation, in one statement
    /// per 500 organisations.
    public func receptionDays(organisationIDs: [String], from: Date, to: Date, zone: TimeZone) async throws -> [String: [String: ReceptionDays]] {
        let clock = ZoneClock(zone)
        var all: [String: [String: ReceptionDays]] = [:]
        for ids in organisationIDs.bindSlices {
            let rows = try await storeRead { database in
                try await database.raw(
                    """
                    SELECT organisation_id, starts_at, status, leader_ids, received_by FROM sessions
                    WHERE organisation_id IN (\(binds: ids)) AND kind = \(bind: SessionKind.reception.rawValue)
                      AND status IN (\(bind: SessionStatus.scheduled.rawValue), \(bind: SessionStatus.held.rawValue))
                      AND starts_at >= \(bind: Int64(from.timeIntervalSince1970)) AND starts_at < \(bind: Int64(to.timeIntervalSince1970))
                    """
                ).all()
            }
            for row in rows {
                let organisation = try row.decode(column: "organisation_id", as: String.self)
                var days = all[organisation, default: [:]]
                let day = clock.day(of: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "starts_at", as: Int64.self))))
                let planned = try row.decode(column: "leader_ids", as: String.self)
                for leader in planned.split(separator: ",") { days[String(leader), default: ReceptionDays()].planned.insert(day) }
                if try row.decode(column: "status", as: String.self) == SessionStatus.held.rawValue {
                    let received = try row.decode(column: "received_by", as: String?.self) ?? ""
                    let receivers = Set((received.isEmpty ? planned : received).split(separator: ",").map(String.init))
                    for leader in receivers { days[leader, default: ReceptionDays()].held.insert(day) }
                    // A planned leader who did not receive was stood in for: the day is the deputy's, not theirs.
                    for leader in planned.split(separator: ",").map(String.init) where !receivers.contains(leader) {
                        days[leader, default: ReceptionDays()].delegated.insert(day)
                    }
                }
                all[organisation] = days
            }
        }
        return all
    }

    /// Every leader of each of `organisationIDs`, by organisation, each list by id.
    public func leaders(organisationIDs: [String]) async throws -> [String: [Leader]] {
        var all: [String: [Leader]] = [:]
        for ids in organisationIDs.bindSlices {
            let rows = try await storeRead { database in
                try await database.raw(
                    "SELECT id, organisation_id, name, title, role FROM leaders WHERE organisation_id IN (\(binds: ids)) ORDER BY id"
                ).all()
            }
            for row in rows { all[try row.decode(column: "organisation_id", as: String.self), default: []].append(try Self.leader(from: row)) }
        }
        return all
    }

    /// The organisation's time zone (Vietnam's when it is unknown).
    public func timeZone(organisationID: String) async throws -> TimeZone {
        try await storeRead { try await Self.zone(of: organisationID, on: $0) }
    }
}
