import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The register of personal data breaches: the 72-hour clock from discovery, the notice to the authority in the
/// official layout, and who may keep it.
@Suite("Breach register")
struct BreachRegisterTests {
    @Test("a breach counts 72 hours from its discovery, drafts its notice, and is marked reported once; only system administrators")
    func register() async throws {
        let clock = MovableClock(try Date("2026-12-01T10:30:00+07:00", strategy: .iso8601))
        try await TestApp.run(clock: clock) { client, _ in
            let admin = try await client.token("admin")
            let body = """
                {"organisation_id": "xa-tan-thanh", "discovered_at": "2026-12-01T08:30:00+07:00",
                 "description": "Bản sao lưu cơ sở dữ liệu để trong thư mục dùng chung", "data_kinds": "họ tên, số điện thoại",
                 "people_affected": 312, "measures": "Đã xóa bản sao"}
                """
            #expect(try await client.send(.post, "/api/v1/breaches", token: try await client.token("thu.ky"), body).status == .forbidden)
            let bad = try await client.send(
                .post,
                "/api/v1/breaches",
                token: admin,
                #"{"organisation_id": "xa-tan-thanh", "discovered_at": "hôm qua", "description": "", "data_kinds": "x", "people_affected": -1}"#
            )
            #expect(bad.status == .unprocessableContent)
            for field in ["discovered_at", "description", "people_affected"] { #expect(bad.text.contains(#""field":"\#(field)""#), "\(field)") }
            let recorded = try await client.send(.post, "/api/v1/breaches", token: admin, body)
            #expect(recorded.status == .created, "\(recorded.text)")
            let id = try #require(recorded.json["id"] as? String)
            #expect(recorded.json["report_by"] as? String == "2026-12-04T08:30:00+07:00")
            #expect(recorded.json["hours_left"] as? Int == 70, "two hours after discovery")
            clock.set(try Date("2026-12-04T09:30:00+07:00", strategy: .iso8601))
            let late = try await QuestionAPITests.get(client, "/api/v1/breaches", token: admin)
            #expect((late.json["items"] as? [[String: Any]])?.first?["hours_left"] as? Int == -1, "an hour late")
            let notice = try await QuestionAPITests.get(client, "/staff/breaches/\(id)/notice?format=txt", token: admin)
            #expect(notice.status == .ok)
            for line in ["THÔNG BÁO", "Kính gửi: Cục An ninh mạng", "08:30 ngày 01/12/2026", "hạn thông báo: 08:30 ngày 04/12/2026", "312 người"] {
                #expect(notice.text.contains(line), "\(line)")
            }
            let reported = try await client.send(.post, "/api/v1/breaches/\(id)/reported", token: admin, #"{"reference": "A05-123"}"#)
            #expect(reported.status == .ok && reported.json["hours_left"] == nil && reported.json["report_reference"] as? String == "A05-123")
            #expect(try await client.send(.post, "/api/v1/breaches/\(id)/reported", token: admin, "{}").status == .conflict)

            // The register pages: a second breach, one a page, the newest discovery first; a made-up cursor is refused.
            let earlier = body.replacingOccurrences(of: "2026-12-01T08:30", with: "2026-11-30T08:30")
            let second = try #require(try await client.send(.post, "/api/v1/breaches", token: admin, earlier).json["id"] as? String)
            let first = try await QuestionAPITests.get(client, "/api/v1/breaches?limit=1", token: admin)
            #expect((first.json["items"] as? [[String: Any]])?.map { $0["id"] as? String } == [id])
            let cursor = try #require(first.json["next_cursor"] as? String)
            let next = try await QuestionAPITests.get(client, "/api/v1/breaches?limit=1&cursor=\(cursor.queryEncodedForTest)", token: admin)
            #expect((next.json["items"] as? [[String: Any]])?.map { $0["id"] as? String } == [second])
            #expect(next.json["next_cursor"] is NSNull)
            let page = try await QuestionAPITests.get(client, "/staff/breaches", token: admin)
            #expect(page.text.contains(second) && !page.text.contains("id=\"next-page\""))
            let wrong = try await QuestionAPITests.get(client, "/api/v1/breaches?cursor=yesterday", token: admin)
            #expect(wrong.status == .unprocessableContent && wrong.text.contains(#""field":"cursor""#), "\(wrong.text)")
        }
    }

    @Test("in the browser: the register shows each clock, a refused form names its fields and keeps what was typed, reported once")
    func pages() async throws {
        let clock = MovableClock(try Date("2026-12-01T10:30:00+07:00", strategy: .iso8601))
        try await TestApp.run(clock: clock) { client, _ in
            let admin = try await client.token("admin")
            #expect(try await QuestionAPITests.get(client, "/staff/breaches", token: try await client.token("thu.ky")).status == .forbidden)
            let empty = try await QuestionAPITests.get(client, "/staff/breaches", token: admin)
            #expect(empty.status == .ok && empty.text.contains(#"id="breach-empty""#) && empty.text.contains(#"href="/staff/breaches""#))

            // "ba trăm" is no count: refused, the field named, what was typed kept.
            let refused = try await SessionDayPagesTests.post(
                client,
                "/staff/breaches",
                token: admin,
                "organisation_id=xa-tan-thanh&discovered_at=2026-12-01T08%3A30&description=L%E1%BB%99+danh+s%C3%A1ch&data_kinds=h%E1%BB%8D+t%C3%AAn&people_affected=ba+tr%C4%83m"
            )
            #expect(refused.status == .unprocessableContent && refused.text.contains("error-summary"))
            #expect(refused.text.contains(#"id="people_affected-error""#) && refused.text.contains("Lộ danh sách"))
            #expect(
                (try await QuestionAPITests.get(client, "/api/v1/breaches", token: admin).json["items"] as? [Any])?.isEmpty == true,
                "nothing kept"
            )

            let recorded = try await SessionDayPagesTests.post(
                client,
                "/staff/breaches",
                token: admin,
                "organisation_id=xa-tan-thanh&discovered_at=2026-12-01T08%3A30&description=L%E1%BB%99+danh+s%C3%A1ch&data_kinds=h%E1%BB%8D+t%C3%AAn&people_affected=300"
            )
            #expect(recorded.status == .seeOther)
            let items = try #require(try await QuestionAPITests.get(client, "/api/v1/breaches", token: admin).json["items"] as? [[String: Any]])
            let id = try #require(items.first?["id"] as? String)
            #expect(items.first?["discovered_at"] as? String == "2026-12-01T08:30:00+07:00", "the form's time is Vietnam's")
            var page = try await QuestionAPITests.get(client, "/staff/breaches", token: admin)
            #expect(page.text.contains(#"id="clock-\#(id)">còn 70 giờ"#) && page.text.contains("04/12/2026 08:30"))
            clock.set(try Date("2026-12-04T11:30:00+07:00", strategy: .iso8601))
            page = try await QuestionAPITests.get(client, "/staff/breaches", token: admin)
            #expect(page.text.contains(#"id="clock-\#(id)">quá hạn 3 giờ"#) && page.text.contains(#"class="due-overdue""#))
            #expect(
                try await SessionDayPagesTests.post(client, "/staff/breaches/\(id)/reported", token: admin, "reference=A05-77").status == .seeOther
            )
            page = try await QuestionAPITests.get(client, "/staff/breaches", token: admin)
            #expect(page.text.contains("A05-77") && !page.text.contains(#"id="reported-\#(id)""#))
            #expect(try await SessionDayPagesTests.post(client, "/staff/breaches/\(id)/reported", token: admin, "").status == .conflict)
        }
    }
}
