import Foundation
import SQLKit
import Testing
import TiepDanCore
import TiepDanTestSupport

@testable import TiepDanStore

/// One commune's sessions are read through the index on (organisation, start), whatever filters are left out: a
/// filter written as `? IS NULL OR column = ?` keeps SQLite from using it, and one commune's page then reads every
/// organisation's sessions.
@Suite("Query plans")
struct QueryPlanTests {
    @Test("a commune's sessions are searched through the index on organisation and start, on SQLite")
    func sessionsByOrganisation() async throws {
        try await TestDatabase.with(.sqlite) { store, _ in
            var query = SessionQuery(from: Date(timeIntervalSince1970: 0), to: Date(timeIntervalSince1970: 2_000_000_000))
            query.organisationID = "xa-tan-thanh"
            let broad = query
            let plan = try await store.read { database in
                try await database.raw(ScheduleRepository.sessionsSQL(broad, prefix: "EXPLAIN QUERY PLAN ")).all().map {
                    try $0.decode(column: "detail", as: String.self)
                }
            }
            #expect(plan.contains { $0.contains("USING INDEX sessions_org_start") }, "\(plan)")
            #expect(!plan.contains { $0.hasPrefix("SCAN sessions") }, "\(plan)")
            // Narrowed further by kind, leader and a cursor, it still searches the same index.
            query.kind = .reception
            query.leaderID = "xa-tan-thanh.chu-tich"
            query.cursor = (startsAt: 1_790_000_000, id: "a")
            let narrow = query
            let narrowed = try await store.read { database in
                try await database.raw(ScheduleRepository.sessionsSQL(narrow, prefix: "EXPLAIN QUERY PLAN ")).all().map {
                    try $0.decode(column: "detail", as: String.self)
                }
            }
            #expect(narrowed.contains { $0.contains("USING INDEX sessions_org_start") }, "\(narrowed)")
        }
    }
}
