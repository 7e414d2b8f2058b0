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
        }
    }
}
