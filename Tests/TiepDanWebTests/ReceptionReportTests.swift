import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing
import TiepDanCore
import TiepDanStore

@testable import TiepDanWeb

/// The periodic report over a quarter the records are moved into (2025-Q3, whose days under the 15th cut-off run from
/// 15 June to 14 September): every figure equal to one counted here from the database's rows, with records on each side
/// of both edges.
@Suite("Periodic reception report")
struct ReceptionReportTests {
    /// Seconds since 1970 of a moment in Vietnam (UTC+7).
    static func vietnam(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Int64 {
        var components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)
        components.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        return Int64(Calendar(identifier: .gregorian).date(from: components)!.timeIntervalSince1970)
    }

    @Test("every figure of a hidden quarter equals one counted from the rows; the edges are the cut-off days")
    func hiddenQuarter() async throws {
        try await TestApp.run(publicWritesPerMinute: 200) { client, store in
            let clerk = try await client.token("thu.ky")
            let leader = try await client.token("lanh.dao")
            let session = try await BookingAPITests.session(client)
            // Five visits: four booked, with outcomes of different categories; a group of six with two representatives.
            let matters = [("complaint", "accepted"), ("petition", "guided"), ("feedback", "transferred"), ("complaint", "refused")]
            var booked: [String] = []
            for index in matters.indices { booked.append(try await SessionDayTests.book(client, session, phone: "0903 200 00\(index)")) }
            try await SessionDayPagesTests.startAnHourAgo(store, session)
            var visits: [String] = []
            for (index, (category, outcome)) in matters.enumerated() {
                let reference = booked[index]
                #expect(try await client.send(.post, "/api/v1/bookings/\(reference)/check-in", token: clerk).status == .ok)
                let body =
                    #"{"outcome": "\#(outcome)", "category": "\#(category)", "detail": "Hướng dẫn", "id_number": "07918600\#(index)111", "address": "Ấp 2"}"#
                #expect(try await client.send(.post, "/api/v1/bookings/\(reference)/outcome", token: leader, body).status == .ok)
                visits.append(reference)
            }
            let group = try await client.send(
                .post,
                "/api/v1/sessions/\(session)/walk-ins",
                token: clerk,
                #"{"citizen": {"name": "Đoàn ấp 3", "phone": "0903 200 009"}, "subject": "Đường ngập", "group_size": 6, "representatives": ["Lê Văn A", "Trần Văn B"]}"#
            )
            #expect(group.status == .created, "\(group.text)")
            visits.append(try #require(group.json["reference"] as? String))
            // Questions: three published, one received only.
            var questions: [String] = []
            for index in 0..<3 {
                let reference = try await DocumentAPITests.approved(client, "Xin hỏi về việc số \(index) ở ấp Tân Lợi?", phone: "0911 300 10\(index)")
                #expect(try await client.send(.post, "/api/v1/questions/\(reference)/publish", token: clerk).status == .ok)
                questions.append(reference)
            }
            questions.append(
                try #require(
                    try await QuestionAPITests.ask(client, "Xin hỏi lịch tiêm chủng ở xã?", phone: "0911 300 109").json["reference"] as? String
                )
            )
            // Two commitments done.
            var commitments: [String] = []
            for index in 0..<2 {
                let created = try await CommitmentAPITests.create(client, token: clerk, ["text": "Việc số \(index)"])
                let id = try #require(created.json["id"] as? String)
                let done = #"{"progress": 100, "status": "done", "note": "Xong"}"#
                #expect(
                    try await client.send(.post, "/api/v1/commitments/\(id)/progress", token: try await client.token("can.bo"), done).status == .ok
                )
                commitments.append(id)
            }

            // Into the hidden quarter, each edge straddled.
            let v = Self.vietnam
            // The group comes last, inside: its six people and two representatives count.
            let checkIns = [v(2025, 6, 14, 23, 59), v(2025, 6, 15, 0, 0), v(2025, 8, 1, 9, 0), v(2025, 9, 15, 0, 0), v(2025, 9, 14, 23, 59)]
            let created = [v(2025, 6, 16, 8, 0), v(2025, 7, 1, 8, 0), v(2025, 7, 2, 8, 0), v(2025, 9, 15, 8, 0)]
            let published = [v(2025, 7, 10, 8, 0), v(2025, 9, 14, 22, 0), v(2025, 6, 14, 8, 0)]
            let dues = ["2025-07-20", "2025-09-01", "2025-07-01"]
            let done = [(v(2025, 8, 20, 15, 0), "2025-08-31"), (v(2025, 9, 10, 15, 0), "2025-09-01")]
            let (visitRefs, questionRefs, commitmentIDs) = (visits, questions, commitments)
            try await store.transaction { database in
                try await database.raw(
                    "UPDATE sessions SET starts_at = \(bind: v(2025, 7, 10, 8, 0)), ends_at = \(bind: v(2025, 7, 10, 11, 0)), status = 'held' WHERE id = \(bind: session)"
                ).run()
                for (reference, at) in zip(visitRefs, checkIns) {
                    try await database.raw("UPDATE bookings SET checked_in_at = \(bind: at) WHERE reference = \(bind: reference)").run()
                }
                for (reference, at) in zip(questionRefs, created) {
                    try await database.raw("UPDATE questions SET created_at = \(bind: at) WHERE reference = \(bind: reference)").run()
                }
                for ((reference, at), due) in zip(zip(questionRefs, published), dues) {
                    try await database.raw(
                        "UPDATE questions SET published_at = \(bind: at), due_date = \(bind: due) WHERE reference = \(bind: reference)"
                    ).run()
                }
                for (id, (at, due)) in zip(commitmentIDs, done) {
                    try await database.raw("UPDATE commitments SET done_at = \(bind: at), due_date = \(bind: due) WHERE id = \(bind: id)").run()
                }
            }

            // Counted here from the rows: the days are 15 June 00:00 to 15 September 00:00 in Vietnam.
            let (from, to) = (v(2025, 6, 15, 0, 0), v(2025, 9, 15, 0, 0))
            let rows = try await store.read { database in
                (
                    try await database.raw(
                        "SELECT b.checked_in_at, b.group_size, b.category, b.outcome, c.representatives FROM bookings b JOIN booking_citizens c ON c.reference = b.reference"
                    ).all(),
                    try await database.raw("SELECT created_at, published_at, due_date, category FROM questions").all(),
                    try await database.raw("SELECT done_at, due_date, status FROM commitments").all(),
                    try await database.raw(
                        "SELECT starts_at, status, rule_id, mode FROM sessions WHERE kind = 'reception' AND organisation_id = 'xa-tan-thanh'"
                    ).all()
                )
            }
            func inside(_ value: Int64?) -> Bool { value.map { $0 >= from && $0 < to } ?? false }
            let visitRows = try rows.0.filter { inside(try $0.decode(column: "checked_in_at", as: Int64?.self)) }
            let sizes = try visitRows.map { try $0.decode(column: "group_size", as: Int.self) }
            let answered = try rows.1.filter { inside(try $0.decode(column: "published_at", as: Int64?.self)) }
            let onTime = try answered.filter { row in
                let day = Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "published_at", as: Int64.self) + 7 * 3600))
                return String(ISO8601DateFormatter().string(from: day).prefix(10)) <= (try row.decode(column: "due_date", as: String.self))
            }
            let doneRows = try rows.2.filter {
                try $0.decode(column: "status", as: String.self) == "done" && inside(try $0.decode(column: "done_at", as: Int64?.self))
            }
            let doneOnTime = try doneRows.filter { row in
                let day = Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "done_at", as: Int64.self) + 7 * 3600))
                return String(ISO8601DateFormatter().string(from: day).prefix(10)) <= (try row.decode(column: "due_date", as: String.self))
            }
            let held = try rows.3.filter {
                try $0.decode(column: "status", as: String.self) == "held" && inside(try $0.decode(column: "starts_at", as: Int64.self))
            }

            let report = try await client.send(.get, "/api/v1/reports/reception?organisation=xa-tan-thanh&period=2025-Q3", token: clerk)
            #expect(report.status == .ok, "\(report.text)")
            #expect(report.json["from"] as? String == "15/06/2025" && report.json["to"] as? String == "14/09/2025")
            let totals = try #require(report.json["totals"] as? [String: Any])
            #expect(
                totals["visits"] as? Int == visitRows.count && visitRows.count == 3,
                "the edges: in at 15 June 00:00 and 14 September 23:59, out a minute either side"
            )
            #expect(totals["people"] as? Int == sizes.reduce(0, +))
            #expect(totals["groups"] as? Int == sizes.filter { $0 >= 5 }.count)
            let representatives = try visitRows.filter { try $0.decode(column: "group_size", as: Int.self) >= 5 }
                .map { try $0.decode(column: "representatives", as: String.self).split(separator: "\n").count }.reduce(0, +)
            #expect(totals["representatives"] as? Int == representatives && representatives == 2)
            #expect(totals["groups"] as? Int == 1 && totals["people"] as? Int == 8)
            let byCategory = try #require(totals["visits_by_category"] as? [String: Int])
            let expectedCategories = Dictionary(
                try visitRows.compactMap { try $0.decode(column: "category", as: String?.self) }.map { ($0, 1) },
                uniquingKeysWith: +
            )
            #expect(byCategory == expectedCategories)
            let byOutcome = try #require(totals["visits_by_outcome"] as? [String: Int])
            #expect(
                byOutcome
                    == Dictionary(
                        try visitRows.compactMap { try $0.decode(column: "outcome", as: String?.self) }.map { ($0, 1) },
                        uniquingKeysWith: +
                    )
            )
            #expect(
                totals["questions_received"] as? Int == (try rows.1.filter { inside(try $0.decode(column: "created_at", as: Int64?.self)) }.count)
            )
            #expect(totals["questions_answered"] as? Int == answered.count && answered.count == 2)
            #expect(totals["questions_answered_on_time"] as? Int == onTime.count && onTime.count == 1)
            #expect(totals["commitments_done"] as? Int == doneRows.count && doneRows.count == 2)
            #expect(totals["commitments_done_on_time"] as? Int == doneOnTime.count && doneOnTime.count == 1)
            #expect(totals["sessions_held"] as? Int == held.count && held.count == 1)
            #expect(report.json["answered_on_time"] as? Double == 0.5 && report.json["commitments_on_time"] as? Double == 0.5)
            let leaders = try #require(report.json["leaders"] as? [[String: Any]])
            let chairman = try #require(leaders.first { ($0["leader_id"] as? String)?.hasSuffix("chu-tich") == true }, "\(leaders)")
            #expect(chairman["held"] as? Int == 1 && chairman["required"] as? Int != nil)

            // The province's report counts each of its communes as the commune's own report does (read together, not
            // one commune at a time), and adds them up: here only Tân Thành has records.
            let province = try await client.send(.get, "/api/v1/reports/reception?organisation=tinh-dong-thap&period=2025-Q3", token: clerk)
            #expect(province.status == .ok, "\(province.text)")
            let units = try #require(province.json["units"] as? [[String: Any]])
            #expect(
                Set(units.compactMap { $0["organisation_id"] as? String })
                    == ["tinh-dong-thap", "phuong-cao-lanh", "xa-lai-vung", "xa-tan-thanh"]
            )
            let commune = try #require(units.first { $0["organisation_id"] as? String == "xa-tan-thanh" }?["counts"] as? [String: Any])
            #expect(NSDictionary(dictionary: commune) == NSDictionary(dictionary: totals))
            #expect(NSDictionary(dictionary: try #require(province.json["totals"] as? [String: Any])) == NSDictionary(dictionary: totals))
            for unit in units where unit["organisation_id"] as? String != "xa-tan-thanh" {
                #expect((unit["counts"] as? [String: Any])?["sessions_held"] as? Int == 0, "\(unit)")
            }
            let provinceLeaders = try #require(province.json["leaders"] as? [[String: Any]])
            #expect(Set(provinceLeaders.compactMap { $0["organisation_id"] as? String }).count > 1, "every unit's leaders are listed")
            let sameChairman = provinceLeaders.first {
                $0["organisation_id"] as? String == "xa-tan-thanh" && ($0["leader_id"] as? String)?.hasSuffix("chu-tich") == true
            }
            #expect(sameChairman?["held"] as? Int == 1)

            // The page and the Excel file say the same; a period that is none is named.
            let page = try await client.send(.get, "/staff/reports/reception?organisation=xa-tan-thanh&period=2025-Q3", token: clerk)
            #expect(page.status == .ok && page.text.contains("15/06/2025 – 14/09/2025"))
            #expect(page.text.contains(#"id="report-satisfaction">0 phiếu trả lời; Chưa đủ 5 phiếu"#), "no answers: a count, no percentage")
            let xlsx = try await client.send(.get, "/staff/reports/reception?organisation=xa-tan-thanh&period=2025-Q3&format=xlsx", token: clerk)
            #expect(xlsx.status == .ok && xlsx.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            let wrong = try await client.send(.get, "/api/v1/reports/reception?organisation=xa-tan-thanh&period=2025-Q5", token: clerk)
            #expect(wrong.status == .unprocessableContent && wrong.text.contains("period"))
            #expect(
                try await client.send(
                    .get,
                    "/api/v1/reports/reception?organisation=xa-tan-thanh&period=2025",
                    token: try await client.token("can.bo")
                ).status == .forbidden
            )
        }
    }
}
