import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TiepDanCore

/// Ad-hoc sessions (tiếp đột xuất) created by the secretariat.
@Suite("Ad-hoc sessions")
struct AdHocSessionTests {
    static func body(_ overrides: [String: Any] = [:], removing: [String] = []) -> ByteBuffer {
        // A Tuesday a month ahead: the chairman's regular sessions (Thursdays, the first and third Wednesdays, the last
        // Saturday) never fall on it, so the test does not depend on the day it runs.
        var start = Date().addingTimeInterval(30 * 86_400)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!  // the day is cut at UTC midnight below; 03:00 UTC is 10:00 the same day in Vietnam
        while calendar.component(.weekday, from: start) != 3 { start = start.addingTimeInterval(86_400) }
        var object: [String: Any] = [
            "organisation_id": "xa-tan-thanh", "title": "Tiếp công dân đột xuất về vụ sạt lở bờ sông",
            "leader_ids": ["xa-tan-thanh.chu-tich"], "place_id": "xa-tan-thanh.phong-tiep-dan",
            "starts_at": ISO8601DateFormatter().string(
                from: start.addingTimeInterval(-start.timeIntervalSince1970.truncatingRemainder(dividingBy: 86_400) + 3 * 3600)
            ),
            "ends_at": ISO8601DateFormatter().string(
                from: start.addingTimeInterval(-start.timeIntervalSince1970.truncatingRemainder(dividingBy: 86_400) + 5 * 3600)
            ),
            "reason": "Nhiều hộ dân kiến nghị khẩn cấp", "topics": ["sạt lở", "di dời"],
        ]
        for (key, value) in overrides { object[key] = value }
        for key in removing { object.removeValue(forKey: key) }
        return ByteBuffer(bytes: try! JSONSerialization.data(withJSONObject: object))
    }

    @Test("the secretariat adds one from the pages: leaders offered for the chosen organisation, each wrong field named, values kept")
    func page() async throws {
        try await TestApp.run { client in
            let clerk = try await client.token("thu.ky")
            try await client.send(.get, "/staff/new-session?organisation=xa-tan-thanh", token: clerk) { page in
                #expect(page.status == .ok && page.text.contains(#"value="xa-tan-thanh.chu-tich""#))
            }
            let day = ZoneClock(RFC3339.vietnam).day(of: Date()).adding(days: 10)
            let refused = try await SessionDayPagesTests.post(
                client,
                "/staff/sessions",
                token: clerk,
                "organisation=xa-tan-thanh&kind=reception&title=&date=\(day)&start=09:30&end=07:30&location=Hội+trường&reason=Ngập"
            )
            #expect(refused.status == .unprocessableContent)
            #expect(
                refused.text.contains("Ghi tên buổi") && refused.text.contains("Chọn ít nhất một lãnh đạo")
                    && refused.text.contains("giờ kết thúc sau")
            )
            #expect(refused.text.contains(#"value="Hội trường""#), "what was typed is kept")
            let created = try await SessionDayPagesTests.post(
                client,
                "/staff/sessions",
                token: clerk,
                "organisation=xa-tan-thanh&kind=reception&title=Tiếp+đột+xuất+về+ngập+úng&leader_ids%5B%5D=xa-tan-thanh.chu-tich"
                    + "&date=\(day)&start=18:00&end=19:30&location=Hội+trường+UBND+xã&reason=Nhiều+hộ+phản+ánh+ngập+úng"
            )
            #expect(created.status == .seeOther, "\(created.text)")
            let location = try #require(created.headers[.location])
            #expect(location.hasPrefix("/staff/sessions/xa-tan-thanh.adhoc."))
            let id = String(location.dropFirst("/staff/sessions/".count))
            try await client.execute(uri: "/api/v1/sessions/\(id)", method: .get) { response in
                #expect(response.json["starts_at"] as? String == "\(day)T18:00:00+07:00")
                #expect(response.json["title"] as? String == "Tiếp đột xuất về ngập úng")
            }
        }
    }

    @Test("its minutes say đột xuất, not định kỳ, and keep the conclusion's paragraphs")
    func minutes() async throws {
        try await TestApp.run { client in
            let clerk = try await client.token("thu.ky")
            let headers: HTTPFields = [.authorization: "Bearer \(clerk)", .contentType: "application/json"]
            let id = try await client.execute(uri: "/api/v1/sessions", method: .post, headers: headers, body: Self.body()) {
                try #require($0.json["id"] as? String)
            }
            let drafted = try await client.send(
                .post,
                "/api/v1/sessions/\(id)/minutes",
                token: clerk,
                #"{"conclusion": "1. Giao Phòng Địa chính khảo sát.\n2. Báo cáo kết quả trước 15/12."}"#
            )
            let minutes = try #require(drafted.json["id"] as? String, "\(drafted.text)")
            let html = try await QuestionAPITests.get(client, "/minutes/\(minutes)", token: clerk).text
            #expect(html.contains("Tiếp công dân đột xuất") && !html.contains("định kỳ"))
            #expect(html.contains("<p class=\"paragraphs\">1. Giao Phòng Địa chính khảo sát.\n2. Báo cáo kết quả trước 15/12.</p>"))
            #expect(html.contains(".paragraphs{white-space:pre-line}"), "each numbered line on its own line")
        }
    }

    @Test("the secretariat creates one; it is public, audited, and a second for the same leader at that time is 409")
    func create() async throws {
        try await TestApp.run { client in
            let token = try await client.token("thu.ky")
            let headers: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
            let id = try await client.execute(uri: "/api/v1/sessions", method: .post, headers: headers, body: Self.body()) { response in
                #expect(response.status == .created)
                #expect(response.json["status"] as? String == "scheduled")
                #expect(response.json["slots_total"] as? Int == 4)
                return try #require(response.json["id"] as? String)
            }
            #expect(id.hasPrefix("xa-tan-thanh.adhoc."))
            try await client.execute(uri: "/api/v1/sessions/\(id)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.json["location"] as? String == "Phòng tiếp công dân, trụ sở UBND xã")
            }
            try await client.execute(uri: "/calendar/xa-tan-thanh.ics", method: .get) { response in
                #expect(response.text.contains("UID:\(id)@tiepdan"))
            }
            try await client.execute(uri: "/api/v1/sessions", method: .post, headers: headers, body: Self.body()) { response in
                #expect(response.status == .conflict)
                #expect((response.json["errors"] as? [[String: String]])?.first?["field"] == "leader_ids")
            }
            let admin = try await client.token("admin")
            try await client.send(.get, "/api/v1/audit?entity=session:\(id)", token: admin) {
                response in
                let items = response.json["items"] as? [[String: Any]] ?? []
                #expect(items.map { $0["action"] as? String } == ["create"])
            }
        }
    }

    @Test(
        "each bad field is named, and nothing is written",
        arguments: [
            (["organisation_id": "xa-khong-co"], "organisation_id"),
            (["leader_ids": ["tinh-dong-thap.chu-tich-tinh"]], "leader_ids[0]"),
            (["starts_at": "tomorrow"], "starts_at"),
            (["ends_at": "2020-01-01T08:00:00+07:00"], "ends_at"),
            (["place_id": "xa-tan-thanh.nowhere"], "place_id"),
            (["reason": ""], "reason"),
            (["kind": "party"], "kind"),
            (["slot_minutes": 1], "slot_minutes"),
        ] as [([String: any Sendable], String)]
    )
    func invalid(overrides: [String: any Sendable], field: String) async throws {
        try await TestApp.run { client in
            let token = try await client.token("thu.ky")
            try await client.execute(
                uri: "/api/v1/sessions",
                method: .post,
                headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                body: Self.body(overrides)
            ) { response in
                #expect(response.status == .unprocessableContent)
                let fields = (response.json["errors"] as? [[String: String]] ?? []).compactMap { $0["field"] }
                #expect(fields.contains(field), "\(fields)")
            }
            try await client.execute(uri: "/api/v1/sessions?organisation=xa-tan-thanh&from=2026-01-01&to=2027-06-30&limit=500", method: .get) {
                response in
                let items = response.json["items"] as? [[String: Any]] ?? []
                #expect(!items.contains { ($0["id"] as? String)?.contains(".adhoc.") == true })
            }
        }
    }

    @Test("no sign-in is 401, a leader is 403")
    func roles() async throws {
        try await TestApp.run { client in
            try await client.execute(uri: "/api/v1/sessions", method: .post, headers: [.contentType: "application/json"], body: Self.body()) {
                #expect($0.status == .unauthorized)
            }
            let leader = try await client.token("lanh.dao")
            try await client.execute(
                uri: "/api/v1/sessions",
                method: .post,
                headers: [.authorization: "Bearer \(leader)", .contentType: "application/json"],
                body: Self.body()
            ) {
                #expect($0.status == .forbidden)
            }
        }
    }
}
