import Foundation
import SQLKit
import Testing
import TiepDanCore
import TiepDanTestSupport

@testable import TiepDanStore

/// Every per-organisation read of the public pages, feeds and API finds its rows through an index: SQLite's
/// `EXPLAIN QUERY PLAN` of each statement the real repository methods run shows no scan of a table that grows with the
/// province (a `SCAN` reads every row, or every entry of an index), so one commune's page costs the same whether it
/// is alone or one of 3,355. A filter written as `? IS NULL OR column = ?` is the usual way to lose the index.
@Suite("Query plans")
struct QueryPlanTests {
    /// The tables whose size grows with the number of organisations.
    static let provinceTables: Set<String> = [
        "organisations", "leaders", "departments", "places", "sessions", "booking_slots", "bookings", "questions",
        "question_redactions", "commitments", "commitment_updates", "bulletins", "survey_answers", "minutes",
    ]

    @Test("each per-organisation read searches an index, on SQLite")
    func perOrganisationReads() async throws {
        try await TestDatabase.with(.sqlite) { base, _ in
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
                    for problem in Self.problems(statement.plan, paged: paged) {
                        #expect(Bool(false), "\(what) \(problem): \(statement.plan) for \(statement.sql)")
                    }
                }
            }
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
}
