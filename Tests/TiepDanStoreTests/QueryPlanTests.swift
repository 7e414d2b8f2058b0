import Foundation
import SQLKit
import Testing
import TiepDanCore
import TiepDanTestSupport

@testable import TiepDanStore

/// Every per-organisation read of the public pages, feeds and API finds its rows through an index, on both engines:
/// SQLite's `EXPLAIN QUERY PLAN` and PostgreSQL's `EXPLAIN` of each statement the real repository methods run show no
/// scan of a table that grows with the province (a `SCAN` or `Seq Scan` reads every row; an index scan with no
/// condition reads every entry), so one commune's page costs the same whether it is alone or one of 3,355. A filter
/// written as `? IS NULL OR column = ?` is the usual way to lose the index.
@Suite("Query plans")
struct QueryPlanTests {
    /// The tables whose size grows with the number of organisations.
    static let provinceTables: Set<String> = [
        "organisations", "leaders", "departments", "places", "sessions", "booking_slots", "bookings", "questions",
        "question_redactions", "commitments", "commitment_updates", "bulletins", "survey_answers", "minutes",
    ]

    static var engines: [DatabaseEngine] { TestDatabase.postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    @Test("each per-organisation read searches an index", arguments: engines)
    func perOrganisationReads(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { base, _ in
            if engine == .postgres { try await Self.seedProvince(base) }
            let store = PlanRecordingStore(base)
            let schedules = ScheduleRepository(store: store)
            let organisation = "xa-tan-thanh"
            var sessions = SessionQuery(from: Date(timeIntervalSince1970: 0), to: Date(timeIntervalSince1970: 2_000_000_000))
            sessions.organisationID = organisation
            var narrowed = sessions
            narrowed.kind = .reception
            narrowed.leaderID = "xa-tan-thanh.chu-tich"
            narrowed.cursor = (startsAt: 1_790_000_000, id: "a")
            // (what, a page of a list, which must come in the index's order, the read)
            let reads: [(String, Bool, () async throws -> Void)] = [
                ("a commune's sessions", false, { _ = try await schedules.sessions(sessions) }),
                ("a commune's sessions by kind, leader and cursor", false, { _ = try await schedules.sessions(narrowed) }),
                ("one organisation", false, { _ = try await schedules.organisation(id: organisation) }),
                ("its time zone", false, { _ = try await schedules.timeZone(organisationID: organisation) }),
                ("its leaders", false, { _ = try await schedules.leaders(organisationID: organisation) }),
                ("its departments", false, { _ = try await schedules.departments(organisationID: organisation) }),
                ("a province's communes", false, { _ = try await schedules.organisations(under: "tinh-dong-thap") }),
                ("the provinces", false, { _ = try await schedules.organisations(under: nil) }),
                ("one session", false, { _ = try await schedules.session(id: "xa-tan-thanh.s-1") }),
                ("seats taken", false, { _ = try await BookingRepository(store: store).seatsTaken(sessions: ["a", "b"]) }),
                (
                    "its commitments, a page",
                    true,
                    { _ = try await CommitmentRepository(store: store).list(organisationID: organisation, after: "C-2026-000050", limit: 51) }
                ),
                ("its commitments' standing", false, { _ = try await CommitmentRepository(store: store).standings(organisationID: organisation) }),
                (
                    "its published answers, a page",
                    true,
                    {
                        _ = try await QuestionRepository(store: store).published(
                            organisationID: organisation,
                            limit: 51,
                            after: (1_790_000_000, "Q-1")
                        )
                    }
                ),
                ("its bulletins", false, { _ = try await BulletinRepository(store: store).list(organisationID: organisation, limit: 50) }),
                (
                    "its satisfaction answers",
                    false,
                    { _ = try await SurveyRepository(store: store).answers(organisationIDs: [organisation], from: "2026-01", through: "2026-12") }
                ),
            ]
            for (what, paged, read) in reads {
                try await read()
                let statements = store.take()
                #expect(!statements.isEmpty, "\(what): no statement recorded")
                for statement in statements {
                    #expect(!statement.plan.isEmpty, "\(what): no plan for \(statement.sql)")
                    let problems =
                        engine == .sqlite ? Self.problems(statement.plan, paged: paged) : Self.postgresProblems(statement.plan)
                    for problem in problems {
                        #expect(Bool(false), "\(what) \(problem): \(statement.plan) for \(statement.sql)")
                    }
                }
            }
        }
    }

    @Test("sealing and erasing a question find its row of SQLite's search index through the index, and remove that row alone")
    func searchIndexRemovals() async throws {
        try await TestDatabase.with(.sqlite) { base, _ in
            _ = try await BookingFixtures.session(in: base)
            let questions = QuestionRepository(store: base)
            let now = BookingFixtures.now
            let text = "Đèn chiếu sáng ấp Mỹ Phú hỏng, gọi 0912345678"
            let sealed = try await questions.submit(QuestionFixtures.question(text), now: now)
            let erased = try await questions.submit(QuestionFixtures.question(text), now: now)
            let twin = try await questions.submit(QuestionFixtures.question(text), now: now)
            let store = PlanRecordingStore(base)
            _ = try await QuestionRepository(store: store).sealSensitive(sealed.reference, sealed: "sealed", actor: "u-sec", now: now)
            try await store.transaction { database in
                try await PersonalDataRepository.erase(
                    bookings: [],
                    questions: [erased.reference],
                    names: ["Lê Văn Bốn"],
                    actor: "u-sec",
                    now: now,
                    engine: .sqlite,
                    on: database
                )
            }
            let statements = store.take()
            #expect(statements.contains { $0.sql.contains("questions_fts") }, "the index was read")
            for statement in statements {
                // `INDEX 0:` with nothing after it is a walk over every row of the full-text table.
                #expect(!statement.plan.contains { $0.hasSuffix("VIRTUAL TABLE INDEX 0:") }, "\(statement.plan) for \(statement.sql)")
                for problem in Self.problems(statement.plan, paged: false) {
                    #expect(Bool(false), "\(problem): \(statement.plan) for \(statement.sql)")
                }
            }
            #expect(
                try await questions.search("đèn chiếu sáng Mỹ Phú", organisationID: "xa-thu").map(\.reference).sorted() == [
                    erased.reference, twin.reference,
                ]
            )
            #expect(try await questions.search("0912345678", organisationID: "xa-thu").map(\.reference) == [twin.reference])
            let rows = try await base.read { try await $0.raw("SELECT reference FROM questions_fts").all() }
            #expect(Set(try rows.map { try $0.decode(column: "reference", as: String.self) }) == [erased.reference, twin.reference])
        }
    }

    /// What is wrong with a plan: a scan of a province table (every row, or every entry of an index), a search of one
    /// with no equality to narrow it (a range over all ids is a scan too), or, for a page of a list, a sort of all the
    /// rows found before the first page can be cut (the index should give them in order).
    static func problems(_ plan: [String], paged: Bool) -> [String] {
        plan.compactMap { line in
            let words = line.split(separator: " ").map(String.init)
            guard words.count > 1 else { return nil }
            let onProvinceTable = provinceTables.contains(words[1])
            if words[0] == "SCAN", onProvinceTable { return "reads a whole table" }
            if words[0] == "SEARCH", onProvinceTable, !line.contains("=?") { return "searches without narrowing" }
            if paged, line == "USE TEMP B-TREE FOR ORDER BY" { return "sorts every row it finds" }
            return nil
        }
    }

    /// Three hundred communes of thirty provinces, with a hundred sessions and twenty published answers each, then `ANALYZE`: PostgreSQL
    /// chooses among usable indexes by the tables' statistics, and on empty tables it takes any (a range over every
    /// commune's sessions, say) where a province's would take the commune's.
    static func seedProvince(_ store: any Store) async throws {
        try await store.transaction { database in
            try await database.raw(
                """
                INSERT INTO organisations (id, name, level, parent_id, time_zone, updated_at)
                SELECT 'xa-' || g, 'Xã ' || g, 'commune', CASE WHEN g % 30 = 0 THEN 'tinh-dong-thap' ELSE 'tinh-' || (g % 30) END,
                    'Asia/Ho_Chi_Minh', 0
                FROM generate_series(1, 300) g
                """
            ).run()
            try await database.raw(
                """
                INSERT INTO sessions (id, organisation_id, kind, title, leader_ids, location, starts_at, ends_at, status, topics, source,
                    content_hash, sequence, created_at, updated_at)
                SELECT 'xa-' || (g % 300 + 1) || '.s-' || g, 'xa-' || (g % 300 + 1), 'reception', 'Tiếp dân', '[]', 'Trụ sở',
                    1780000000 + g * 3600, 1780000000 + g * 3600 + 3600, 'scheduled', '[]', 'seed.yaml', 'h', 0, 0, 0
                FROM generate_series(1, 30000) g
                """
            ).run()
            try await database.raw(
                """
                INSERT INTO questions (reference, token_hash, organisation_id, category, channel, subject, text, folded, status,
                    due_date, publish_consent, published_at, created_by, created_at, updated_at)
                SELECT 'Q-2026-' || lpad(g::text, 6, '0'), 'h' || g, 'xa-' || (g % 300 + 1), 'question', 'web', 'Đường', 'Đường ấp',
                    'duong ap', 'published', '2026-12-31', 1, 1780000000 + g, 'citizen', 0, 0
                FROM generate_series(1, 6000) g
                """
            ).run()
            try await database.raw("ANALYZE").run()
        }
    }

    /// What is wrong with a PostgreSQL plan (sequential scans priced out): a `Seq Scan` of a province table (no index
    /// could serve), or an index scan of one with no `Index Cond` (it walks the whole index) or with no equality in it. Whether PostgreSQL sorts
    /// a page is left to SQLite's check: on a test's empty tables that choice is the planner's guess of cost, not a
    /// property of the query.
    static func postgresProblems(_ plan: [String]) -> [String] {
        var problems: [String] = []
        for (index, line) in plan.enumerated() {
            guard let scanned = provinceTables.first(where: { line.contains(" on \($0) ") || line.hasSuffix(" on \($0)") }) else { continue }
            if line.contains("Seq Scan") {
                problems.append("reads the whole of \(scanned)")
            } else if line.contains("Index Scan") || line.contains("Index Only Scan") {
                // The node's own detail lines follow it, indented deeper, until the next node ("->").
                let details = plan[(index + 1)...].prefix { !$0.contains("->") }
                guard let condition = details.first(where: { $0.contains("Index Cond") }) else {
                    problems.append("walks the whole index of \(scanned)")
                    continue
                }
                // A range alone (every commune's sessions between two days) is a scan of the province too.
                if !condition.contains(" = ") && !condition.contains("IS NULL") { problems.append("searches \(scanned) without narrowing") }
            }
        }
        return problems
    }
}
