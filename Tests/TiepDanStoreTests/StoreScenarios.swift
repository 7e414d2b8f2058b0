import Foundation
import Logging
import SQLKit
import Testing
import TiepDanCore
import TiepDanTestSupport

@testable import TiepDanStore

/// The scenarios both engines must pass, written once.
enum StoreScenarios {
    static let all: [StoreScenario] =
        [
            StoreScenario(name: "migrations run once and record their versions") { (store: any Store) async throws in
                let migrator = Migrator(store: store, logger: TestDatabase.logger)
                #expect(try await migrator.migrate() == [])
                #expect(try await migrator.appliedVersions() == Migrations.all.map(\.version))
            },
            StoreScenario(name: "a failed transaction leaves nothing behind") { (store: any Store) async throws in
                struct Boom: Error {}
                await #expect(throws: Boom.self) {
                    try await store.transaction { database in
                        try await database.raw(
                            """
                            INSERT INTO users (id, username, password_hash, roles, created_at)
                            VALUES ('u-1', 'ghost', 'x', 'admin', 0)
                            """
                        ).run()
                        try await AuditLog.append(
                            AuditEntry(at: Date(), actor: "t", entityKind: "user", entityID: "u-1", action: "create"),
                            on: database
                        )
                        throw Boom()
                    }
                }
                #expect(try await UserRepository(store: store).count() == 0)
                let trail = try await store.read { try await AuditLog.trail(kind: "user", id: "u-1", on: $0) }
                #expect(trail.isEmpty)
            },
            StoreScenario(name: "users are created once, audited, and found by name") { (store: any Store) async throws in
                let users = UserRepository(store: store)
                let created = try await users.create(
                    username: "thu.ky",
                    passwordHash: "hash",
                    roles: [.secretariat, .leader],
                    actor: "cli"
                )
                await #expect(throws: StoreError.duplicate("user 'thu.ky'")) {
                    _ = try await users.create(username: "thu.ky", passwordHash: "other", roles: [.admin], actor: "cli")
                }
                let found = try #require(try await users.credentials(username: "thu.ky"))
                #expect(found.user == created)
                #expect(found.passwordHash == "hash")
                #expect(try await users.credentials(username: "nobody") == nil)
                let trail = try await store.read { try await AuditLog.trail(kind: "user", id: created.id, on: $0) }
                #expect(trail.map(\.action) == ["create"])
                #expect(trail.first?.after?.contains("\"thu.ky\"") == true)
                #expect(trail.first?.after?.contains("hash") == false)
            },
            StoreScenario(name: "SQL metacharacters are stored verbatim through binds") { (store: any Store) async throws in
                let users = UserRepository(store: store)
                let hostile = "x'); DROP TABLE users; --"
                _ = try await users.create(username: "a", passwordHash: hostile, roles: [.officer], departmentID: "d'\"\\", actor: "cli")
                let found = try #require(try await users.credentials(username: "a"))
                #expect(found.passwordHash == hostile)
                #expect(found.user.departmentID == "d'\"\\")
                #expect(try await users.count() == 1)
            },
            StoreScenario(name: "staff sessions resolve until revoked or expired") { (store: any Store) async throws in
                let user = try await UserRepository(store: store).create(username: "lanh.dao", passwordHash: "h", roles: [.leader], actor: "cli")
                let sessions = StaffSessionRepository(store: store)
                try await sessions.open(tokenHash: "live", csrfToken: "c1", user: user, lifetime: 3600)
                try await sessions.open(tokenHash: "old", csrfToken: "c2", user: user, lifetime: -1)
                let resolved = try #require(try await sessions.resolve(tokenHash: "live"))
                #expect(resolved.user == user)
                #expect(resolved.csrfToken == "c1")
                #expect(try await sessions.resolve(tokenHash: "old") == nil)
                #expect(try await sessions.resolve(tokenHash: "unknown") == nil)
                try await sessions.revoke(tokenHash: "live", actor: user.id)
                #expect(try await sessions.resolve(tokenHash: "live") == nil)
                let actions = try await store.read { try await AuditLog.trail(kind: "user", id: user.id, on: $0) }.map(\.action)
                #expect(actions == ["create", "login", "login", "logout"])
            },
            StoreScenario(name: "the audit trail refuses updates and deletes") { (store: any Store) async throws in
                try await store.transaction { database in
                    try await AuditLog.append(
                        AuditEntry(at: Date(), actor: "t", entityKind: "booking", entityID: "TD-1", action: "create"),
                        on: database
                    )
                }
                await #expect(throws: (any Error).self) {
                    try await store.transaction { try await $0.raw("UPDATE audit_log SET actor = 'forged'").run() }
                }
                await #expect(throws: (any Error).self) {
                    try await store.transaction { try await $0.raw("DELETE FROM audit_log").run() }
                }
                let trail = try await store.read { try await AuditLog.trail(kind: "booking", id: "TD-1", on: $0) }
                #expect(trail.map(\.actor) == ["t"])
            },
            StoreScenario(name: "the audit trail pages in order") { (store: any Store) async throws in
                try await store.transaction { database in
                    for index in 0..<7 {
                        try await AuditLog.append(
                            AuditEntry(at: Date(), actor: "a\(index)", entityKind: "session", entityID: "s", action: "edit"),
                            on: database
                        )
                    }
                }
                let first = try await store.read { try await AuditLog.trail(kind: "session", id: "s", offset: 0, limit: 3, on: $0) }
                let rest = try await store.read { try await AuditLog.trail(kind: "session", id: "s", offset: 3, limit: 10, on: $0) }
                #expect((first + rest).map(\.actor) == (0..<7).map { "a\($0)" })
            },
            StoreScenario(name: "concurrent transactions all land") { (store: any Store) async throws in
                let users = UserRepository(store: store)
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for index in 0..<40 {
                        group.addTask {
                            _ = try await users.create(username: "user\(index)", passwordHash: "h", roles: [.officer], actor: "t")
                        }
                    }
                    try await group.waitForAll()
                }
                #expect(try await users.count() == 40)
            },
            StoreScenario(name: "schedule sync is idempotent, raises SEQUENCE on change, cancels what left the files") {
                (store: any Store) async throws in
                let repository = ScheduleRepository(store: store)
                let now = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21
                let horizon = now.addingTimeInterval(30 * 86_400)
                let schedule = ScheduleFixtures.schedule
                let first = ScheduleFixtures.planned(days: [1, 8, 15], now: now)
                var report = try await repository.sync(schedules: [schedule], sessions: first, now: now, horizon: horizon)
                #expect(report.created == 3 && report.updated == 0)
                report = try await repository.sync(schedules: [schedule], sessions: first, now: now, horizon: horizon)
                #expect(report.unchanged == 3 && report.created == 0 && report.updated == 0 && report.cancelled == 0)
                // The files move the second session an hour later and drop the third.
                var second = Array(first.prefix(2))
                second[1].startsAt.addTimeInterval(3600)
                second[1].endsAt.addTimeInterval(3600)
                report = try await repository.sync(schedules: [schedule], sessions: second, now: now, horizon: horizon)
                #expect(report.updated == 1 && report.cancelled == 1 && report.unchanged == 1)
                let moved = try #require(try await repository.session(id: second[1].id))
                #expect(moved.sequence == 1 && moved.startsAt == second[1].startsAt)
                let dropped = try #require(try await repository.session(id: first[2].id))
                #expect(dropped.status == .cancelled && dropped.sequence == 1, "a dropped session is kept, shown as cancelled")
                #expect(try await repository.session(id: first[0].id)?.sequence == 0)
                let movedID = second[1].id
                let trail = try await store.read { try await AuditLog.trail(kind: "session", id: movedID, on: $0) }
                #expect(trail.map(\.action) == ["create", "update"])
                var query = SessionQuery(from: now, to: now.addingTimeInterval(30 * 86_400))
                query.leaderID = "xa-thu.chu-tich"
                #expect(try await repository.sessions(query).count == 3)
                query.leaderID = "xa-thu.chu"
                #expect(try await repository.sessions(query).isEmpty, "leader ids match whole, not by prefix")
                #expect(try await repository.leaders(organisationID: "xa-thu").map(\.id) == ["xa-thu.chu-tich"])
                #expect(try await repository.leader(id: "xa-thu.chu-tich")?.name == "Nguyễn Văn A")
                #expect(try await repository.leader(id: "xa-thu.chu") == nil)
                #expect(try await repository.organisation(id: "xa-thu")?.timeZone == "Asia/Ho_Chi_Minh")
                #expect(try await repository.organisations(ids: ["xa-thu", "nowhere"]).keys.sorted() == ["xa-thu"])
            },
            StoreScenario(name: "a session holding citizens' data is never cancelled by a file change") { (store: any Store) async throws in
                try await store.transaction { try await $0.raw("CREATE TABLE test_bookings (session_id TEXT NOT NULL)").run() }
                let repository = ScheduleRepository(
                    store: store,
                    dependentTables: [SessionDependentTable(table: "test_bookings", sessionColumn: "session_id")]
                )
                let now = Date(timeIntervalSince1970: 1_790_000_000)
                let horizon = now.addingTimeInterval(30 * 86_400)
                let planned = ScheduleFixtures.planned(days: [1, 8], now: now)
                _ = try await repository.sync(schedules: [ScheduleFixtures.schedule], sessions: planned, now: now, horizon: horizon)
                let booked = planned[1].id
                try await store.transaction { try await $0.raw("INSERT INTO test_bookings (session_id) VALUES (\(bind: booked))").run() }
                let report = try await repository.sync(schedules: [ScheduleFixtures.schedule], sessions: [], now: now, horizon: horizon)
                #expect(report.cancelled == 1)
                #expect(report.conflicts.count == 1 && report.conflicts[0].hasPrefix(booked))
                #expect(try await repository.session(id: booked)?.status == .scheduled, "the booked session keeps its status")
                #expect(try await repository.session(id: planned[0].id)?.status == .cancelled)
            },
            StoreScenario(name: "200 concurrent bookings for 3 seats confirm exactly 3; a cancellation promotes the first waitlisted") {
                (store: any Store) async throws in
                let session = try await BookingFixtures.session(in: store)
                let bookings = BookingRepository(store: store)
                let outcomes = try await withThrowingTaskGroup(of: String.self) { group in
                    for index in 0..<200 {
                        group.addTask {
                            do {
                                return try await bookings.book(
                                    BookingFixtures.request(session, phone: index, waitlist: index % 2 == 0),
                                    now: BookingFixtures.now,
                                    closesBefore: 3600
                                ).status.rawValue
                            } catch BookingError.full {
                                return "full"
                            }
                        }
                    }
                    return try await group.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
                }
                #expect(outcomes["confirmed"] == 3, "\(outcomes)")
                #expect((outcomes["waitlisted"] ?? 0) + (outcomes["full"] ?? 0) == 197)
                #expect((outcomes["waitlisted"] ?? 0) >= 97)
                let seats = try await store.read { try await $0.raw("SELECT booked, capacity FROM booking_slots").all() }
                #expect(try seats.map { try $0.decode(column: "booked", as: Int.self) } == [3])
                let confirmed = try await store.read { database in
                    try await database.raw("SELECT reference FROM bookings WHERE status = 'confirmed' ORDER BY reference").all()
                        .map { try $0.decode(column: "reference", as: String.self) }
                }
                let firstWaiting = try await store.read { database in
                    try await database.raw("SELECT reference FROM bookings WHERE status = 'waitlisted' ORDER BY queue_position LIMIT 1").first()?
                        .decode(column: "reference", as: String.self)
                }
                let promoted = try await bookings.cancel(reference: confirmed[0], tokenHash: nil, actor: "test", now: BookingFixtures.now)
                #expect(promoted != nil && promoted == firstWaiting)
                #expect(try await bookings.find(reference: try #require(promoted), tokenHash: nil)?.status == .confirmed)
                #expect(try await bookings.find(reference: confirmed[0], tokenHash: nil)?.status == .cancelled)
                let after = try await store.read {
                    try await $0.raw("SELECT booked FROM booking_slots").first()?.decode(column: "booked", as: Int.self)
                }
                #expect(after == 3)
            },
            StoreScenario(name: "one active booking per citizen; the token guards reading and cancelling") { (store: any Store) async throws in
                let session = try await BookingFixtures.session(in: store)
                let bookings = BookingRepository(store: store)
                let first = try await bookings.book(BookingFixtures.request(session, phone: 7), now: BookingFixtures.now, closesBefore: 3600)
                #expect(first.reference.hasPrefix("TD-2026-"))
                await #expect(throws: BookingError.alreadyBooked(reference: first.reference)) {
                    _ = try await bookings.book(BookingFixtures.request(session, phone: 7), now: BookingFixtures.now, closesBefore: 3600)
                }
                #expect(try await bookings.find(reference: first.reference, tokenHash: "wrong") == nil)
                #expect(try await bookings.find(reference: first.reference, tokenHash: "token-7")?.name == "Công dân 7")
                await #expect(throws: BookingError.notFound) {
                    _ = try await bookings.cancel(reference: first.reference, tokenHash: "wrong", actor: "citizen", now: BookingFixtures.now)
                }
                _ = try await bookings.cancel(reference: first.reference, tokenHash: "token-7", actor: "citizen", now: BookingFixtures.now)
                let again = try await bookings.book(BookingFixtures.request(session, phone: 7), now: BookingFixtures.now, closesBefore: 3600)
                #expect(again.reference != first.reference, "after cancelling, the citizen may book again")
                await #expect(throws: BookingError.notBookable("bookings for this session closed 60 minutes before it starts")) {
                    _ = try await bookings.book(
                        BookingFixtures.request(session, phone: 8),
                        now: BookingFixtures.now.addingTimeInterval(7 * 86_400),
                        closesBefore: 3600
                    )
                }
                let trail = try await store.read { try await AuditLog.trail(kind: "booking", id: first.reference, on: $0) }
                #expect(trail.map(\.action) == ["create", "cancel"])
                let recorded = trail.first?.after ?? ""
                #expect(recorded.contains("Công dân") == false, "no personal data in the audit trail")
            },
        ] + migrations + sessionDay + questions + caseLifecycle + consents + commitments + documents + accounts + reminders + privacyLists + batches
}
