import Foundation
import SQLKit
public import TiepDanCore

/// Organisations, leaders and sessions: materialised from the schedule files, read by the public.
public struct ScheduleRepository: Sendable {
    /// Tables whose rows attach citizens' data to a session, and their session column. A file
    /// change never cancels or removes a session with such rows; later capabilities add theirs.
    public static let citizenDataTables: [SessionDependentTable] = [
        SessionDependentTable(table: "bookings", sessionColumn: "session_id"),
        SessionDependentTable(table: "questions", sessionColumn: "session_id"),
        SessionDependentTable(table: "commitments", sessionColumn: "session_id"),
        SessionDependentTable(table: "minutes", sessionColumn: "session_id"),
        SessionDependentTable(table: "bulletins", sessionColumn: "session_id"),
        SessionDependentTable(table: "broadcasts", sessionColumn: "session_id"),
        SessionDependentTable(table: "broadcast_panel", sessionColumn: "session_id"),
    ]

    private let store: any Store
    private let dependentTables: [SessionDependentTable]

    /// A repository over `store`; `dependentTables` defaults to the tables holding citizens' data.
    public init(store: any Store, dependentTables: [SessionDependentTable] = ScheduleRepository.citizenDataTables) {
        self.store = store
        self.dependentTables = dependentTables
    }

    func storeTransaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await store.transaction(body)
    }

    func storeRead<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await store.read(body)
    }

    /// Writes the organisations of `schedules` and their `sessions` that start between `now`
    /// and `horizon` (the span the files were expanded for), in one transaction, so re-running
    /// with the same files changes nothing. Past sessions are history and are never rewritten.
    public func sync(
        schedules: [OrganisationSchedule],
        sessions planned: [PlannedSession],
        now: Date,
        horizon: Date
    ) async throws -> ScheduleSyncReport {
        let rows = SessionRow.inIDOrder(planned.parallelMap { SessionRow(planned: $0) })
        return try await sync(
            schedules: schedules,
            rows: AsyncStream {
                $0.yield(rows)
                $0.finish()
            },
            now: now,
            horizon: horizon
        )
    }

    /// The same, with the sessions' rows arriving in batches, each in id order, while the writer writes the batches
    /// before (`SessionRow.batches`): a province's first sync makes rows on one core while the other writes.
    func sync(
        schedules: [OrganisationSchedule],
        rows batches: AsyncStream<[SessionRow]>,
        now: Date,
        horizon: Date
    ) async throws
        -> ScheduleSyncReport
    {
        let stamp = Int64(now.timeIntervalSince1970)
        let horizonEnd = Int64(horizon.timeIntervalSince1970)
        let dependentTables = self.dependentTables
        return try await store.transaction { database in
            try await Self.upsert(schedules, stamp: stamp, on: database)
            var existing: [String: (hash: String, status: String)] = [:]
            var changedByStaff: Set<String> = []
            for row in try await database.raw(
                """
                SELECT id, content_hash, status, changed_by FROM sessions
                WHERE source = 'schedule' AND starts_at >= \(bind: stamp)
                """
            ).all() {
                let id = try row.decode(column: "id", as: String.self)
                existing[id] = (try row.decode(column: "content_hash", as: String.self), try row.decode(column: "status", as: String.self))
                if try row.decode(column: "changed_by", as: String?.self) != nil { changedByStaff.insert(id) }
            }
            var report = ScheduleSyncReport()
            for await rows in batches {
                var created: [SessionRow] = []
                for row in rows where row.startsAt >= stamp && row.startsAt < horizonEnd {
                    switch existing.removeValue(forKey: row.id) {
                    case _ where changedByStaff.contains(row.id):
                        // The secretariat postponed, cancelled or closed it with a public notice; the
                        // files cannot silently undo that.
                        report.unchanged += 1
                    case nil:
                        created.append(row)
                        report.created += 1
                    case let old? where old.hash != row.hash:
                        try await row.update(stamp: stamp, on: database)
                        try await Self.audit(row.id, "update", before: old.hash, after: row.hash, stamp: stamp, on: database)
                        report.updated += 1
                    default:
                        report.unchanged += 1
                    }
                }
                try await SessionRow.insert(created, stamp: stamp, on: database)
                try await AuditLog.append(
                    contentsOf: created.map {
                        AuditEntry(
                            at: Date(timeIntervalSince1970: TimeInterval(stamp)),
                            actor: "schedules",
                            entityKind: "session",
                            entityID: $0.id,
                            action: "create",
                            after: $0.hash
                        )
                    },
                    on: database
                )
            }
            for (id, old) in existing.sorted(by: { $0.key < $1.key })
            where old.status != SessionStatus.cancelled.rawValue && !changedByStaff.contains(id) {
                let starts =
                    try await database.raw("SELECT starts_at FROM sessions WHERE id = \(bind: id)").first()?
                    .decode(column: "starts_at", as: Int64.self) ?? 0
                guard starts < horizonEnd else { continue }
                if try await Self.hasDependents(id, in: dependentTables, on: database) {
                    report.conflicts.append(
                        "\(id) is no longer in the schedule files but holds bookings or questions; postpone or cancel it with a notice"
                    )
                    continue
                }
                try await database.raw(
                    """
                    UPDATE sessions SET status = 'cancelled', reason = \(bind: "Đã bỏ khỏi lịch tiếp"),
                        sequence = sequence + 1, updated_at = \(bind: stamp)
                    WHERE id = \(bind: id)
                    """
                ).run()
                try await Self.audit(id, "cancel", before: old.hash, stamp: stamp, on: database)
                report.cancelled += 1
            }
            return report
        }
    }

    /// The organisations of `schedules` with their leaders, places and departments, inserted or brought up to date, a
    /// batch of rows per statement.
    private static func upsert(_ schedules: [OrganisationSchedule], stamp: Int64, on database: any SQLDatabase) async throws {
        try await organisationRows.run(schedules, on: database) { schedule in
            let organisation = schedule.organisation
            return [
                .text(organisation.id), .text(organisation.name), .text(organisation.level), .text(organisation.parentID),
                .text(organisation.timeZone), .text(schedule.file), .integer(stamp), .text(UserRepository.encode(schedule.secondFactorRoles)),
                .text(schedule.quietHours?.text),
            ]
        }
        let leaders = schedules.flatMap { schedule in schedule.leaders.map { (schedule.organisation.id, $0) } }
        try await leaderRows.run(leaders, on: database) { organisationID, leader in
            [
                .text(organisationID + "." + leader.id), .text(organisationID), .text(leader.name), .text(leader.title), .text(leader.role),
                .integer(stamp),
            ]
        }
        let places = schedules.flatMap { schedule in schedule.places.map { (schedule.organisation.id, $0) } }
        try await placeRows.run(places, on: database) { organisationID, place in
            [.text(organisationID + "." + place.id), .text(organisationID), .text(place.name), .integer(Int64(place.capacity))]
        }
        let departments = schedules.flatMap { schedule in schedule.departments.map { (schedule.organisation.id, $0) } }
        try await departmentRows.run(departments, on: database) { organisationID, department in
            [.text(organisationID + "." + department.id), .text(organisationID), .text(department.name)]
        }
    }

    private static let organisationRows = BatchInsert(
        table: "organisations",
        columns: ["id", "name", "level", "parent_id", "time_zone", "source_file", "updated_at", "second_factor_roles", "quiet_hours"],
        conflict: """
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, level = excluded.level, parent_id = excluded.parent_id,
                time_zone = excluded.time_zone, source_file = excluded.source_file, updated_at = excluded.updated_at,
                second_factor_roles = excluded.second_factor_roles, quiet_hours = excluded.quiet_hours
            """
    )

    private static let leaderRows = BatchInsert(
        table: "leaders",
        columns: ["id", "organisation_id", "name", "title", "role", "updated_at"],
        conflict: """
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, title = excluded.title, role = excluded.role,
                updated_at = excluded.updated_at
            """
    )

    private static let placeRows = BatchInsert(
        table: "places",
        columns: ["id", "organisation_id", "name", "capacity"],
        conflict: "ON CONFLICT (id) DO UPDATE SET name = excluded.name, capacity = excluded.capacity"
    )

    private static let departmentRows = BatchInsert(
        table: "departments",
        columns: ["id", "organisation_id", "name"],
        conflict: "ON CONFLICT (id) DO UPDATE SET name = excluded.name"
    )

    private static func hasDependents(_ id: String, in tables: [SessionDependentTable], on database: any SQLDatabase) async throws -> Bool {
        for dependent in tables {
            let row = try await database.raw(
                """
                SELECT 1 AS found FROM \(ident: dependent.table) WHERE \(ident: dependent.sessionColumn) = \(bind: id) LIMIT 1
                """
            ).first()
            if row != nil { return true }
        }
        return false
    }

    private static func audit(
        _ id: String,
        _ action: String,
        before: String? = nil,
        after: String? = nil,
        stamp: Int64,
        on database: any SQLDatabase
    ) async throws {
        try await AuditLog.append(
            AuditEntry(
                at: Date(timeIntervalSince1970: TimeInterval(stamp)),
                actor: "schedules",
                entityKind: "session",
                entityID: id,
                action: action,
                before: before,
                after: after
            ),
            on: database
        )
    }
}
