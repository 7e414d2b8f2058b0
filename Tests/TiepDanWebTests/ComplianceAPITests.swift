import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing
import TiepDanCore
import TiepDanStore

/// The compliance report over HTTP, from sessions marked held, as it stands on 20 March 2026.
@Suite("Compliance report API")
struct ComplianceAPITests {
    static let today = try! Date("2026-03-20T10:00:00+07:00", strategy: .iso8601)

    /// A session of `leader` on `day` at 07:30 Vietnam time, in `status`.
    static func session(
        _ database: any SQLDatabase,
        _ id: String,
        day: String,
        kind: String = "reception",
        status: String,
        leader: String = "xa-tan-thanh.chu-tich",
        receivedBy: String? = nil
    ) async throws {
        let start = Int64(try Date("\(day)T07:30:00+07:00", strategy: .iso8601).timeIntervalSince1970)
        let received = status == "held" ? receivedBy ?? leader : nil
        try await database.raw(
            """
            INSERT INTO sessions (id, organisation_id, kind, title, leader_ids, location, starts_at, ends_at, status, topics,
                source, content_hash, sequence, created_at, updated_at, received_by)
            VALUES (\(bind: id), 'xa-tan-thanh', \(bind: kind), 'Tiếp định kỳ', \(bind: leader), 'Phòng tiếp', \(bind: start),
                \(bind: start + 4 * 3600), \(bind: status), '', 'staff', 'x', 1, 0, 0, \(bind: received))
            """
        ).run()
    }

    @Test("only days that have passed count: held, planned but not recorded, missed; the current period in progress, later ones ahead")
    func report() async throws {
        try await TestApp.run(now: Self.today) { client, store in
            try await store.transaction { database in
                try await Self.session(database, "feb.1", day: "2026-02-05", status: "held")
                try await Self.session(database, "feb.2", day: "2026-02-12", status: "held")
                try await Self.session(database, "feb.3", day: "2026-02-19", status: "scheduled")
                try await Self.session(database, "feb.4", day: "2026-02-26", status: "cancelled")
                try await Self.session(database, "mar.1", day: "2026-03-05", status: "held")
                try await Self.session(database, "mar.2", day: "2026-03-12", status: "held")
                try await Self.session(database, "mar.3", day: "2026-03-26", status: "scheduled")
                // A radio programme is not a reception day.
                try await Self.session(database, "mar.radio", day: "2026-03-10", kind: "radio", status: "held")
            }
            let rows = try await client.execute(uri: "/api/v1/compliance?organisation=xa-tan-thanh&year=2026", method: .get) {
                $0.json["items"] as? [[String: Any]] ?? []
            }
            func row(_ leader: String, _ period: String) throws -> [String: Any] {
                try #require(rows.first { $0["leader_id"] as? String == "xa-tan-thanh.\(leader)" && $0["period"] as? String == period })
            }
            // February 2026 has four Mondays: four days required; one planned day passed without a record.
            let february = try row("chu-tich", "2026-02")
            #expect(february["required"] as? Int == 4 && february["planned"] as? Int == 3 && february["held"] as? Int == 2)
            #expect(february["unrecorded"] as? Int == 1 && february["missed"] as? Int == 1 && february["status"] as? String == "short")
            let march = try row("chu-tich", "2026-03")
            #expect(march["required"] as? Int == 5 && march["planned"] as? Int == 3 && march["held"] as? Int == 2)
            #expect(march["unrecorded"] as? Int == 0 && march["missed"] == nil && march["status"] as? String == "in_progress")
            let april = try row("chu-tich", "2026-04")
            #expect(april["held"] as? Int == 0 && april["missed"] == nil && april["status"] as? String == "ahead")
            let january = try row("bi-thu", "2026-01")
            #expect(january["required"] as? Int == 2 && january["missed"] as? Int == 2 && january["status"] as? String == "short")
            try await client.execute(uri: "/organisations/xa-tan-thanh/compliance?year=2026", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains(#"data-period="2026-03" data-status="in_progress"><td>2026-03</td><td class="required">5</td>"#))
                #expect(response.text.contains(#"data-period="2026-04" data-status="ahead">"#))
                #expect(response.text.contains("Chưa đến kỳ") && response.text.contains("Đánh dấu đã tổ chức"))
                #expect(response.text.contains("<svg"))
            }
            try await client.execute(uri: "/organisations/xa-tan-thanh/compliance.csv?year=2026&period=quarter", method: .get) { response in
                #expect(response.headers[.contentType]?.hasPrefix("text/csv") == true)
                #expect(response.text.hasPrefix("\u{FEFF}"))
                // Q1 is under way on 20 March: nothing missed yet. Q2 has not begun.
                #expect(response.text.contains(#""2026-Q1","13","6","4","1","0","","","Đang diễn ra""#))
                #expect(response.text.contains(#""2026-Q2","13","0","0","0","0","","","Chưa đến kỳ""#))
            }
            try await client.execute(uri: "/api/v1/compliance?organisation=xa-tan-thanh&period=week", method: .get) {
                #expect($0.status == .unprocessableContent)
            }
        }
    }

    @Test(
        "June 2026 is judged by the weekly rule, July by two days a month; a day a deputy received in the chairman's place is shown apart and not counted"
    )
    func lawOfJuly2026() async throws {
        try await TestApp.run(now: try Date("2026-08-10T10:00:00+07:00", strategy: .iso8601)) { client, store in
            try await store.transaction { database in
                for (index, day) in ["2026-06-04", "2026-06-11", "2026-06-18", "2026-06-25"].enumerated() {
                    try await Self.session(database, "jun.\(index)", day: day, status: "held")
                }
                try await Self.session(database, "jul.1", day: "2026-07-02", status: "held", receivedBy: "xa-tan-thanh.pho-chu-tich")
                try await Self.session(database, "jul.2", day: "2026-07-16", status: "held")
            }
            let rows = try await client.execute(uri: "/api/v1/compliance?organisation=xa-tan-thanh&year=2026", method: .get) {
                $0.json["items"] as? [[String: Any]] ?? []
            }
            let june = try #require(rows.first { $0["leader_id"] as? String == "xa-tan-thanh.chu-tich" && $0["period"] as? String == "2026-06" })
            let july = try #require(rows.first { $0["leader_id"] as? String == "xa-tan-thanh.chu-tich" && $0["period"] as? String == "2026-07" })
            // June 2026 has five Mondays: four held days fall one short of the weekly rule.
            #expect(june["required"] as? Int == 5 && june["held"] as? Int == 4 && june["status"] as? String == "short")
            #expect(july["required"] as? Int == 2 && july["held"] as? Int == 1 && july["delegated"] as? Int == 1)
            #expect(july["missed"] as? Int == 1 && july["unrecorded"] as? Int == 0 && july["status"] as? String == "short")
            #expect((july["basis"] as? String)?.contains("136/2025/QH15") == true)
            try await client.execute(uri: "/organisations/xa-tan-thanh/compliance?year=2026", method: .get) { response in
                #expect(response.text.contains("Cấp phó tiếp thay"))
                #expect(response.text.contains(#"data-period="2026-07" data-status="short">"#))
                #expect(response.text.contains(#"<td class="delegated">1</td>"#))
            }
        }
    }
}
