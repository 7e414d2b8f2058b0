import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TiepDanCore

/// Irreversible actions on the pages take two posts: the first only shows what will happen, the second does it.
@Suite("Confirmation steps")
struct ConfirmationStepTests {
    @Test("a citizen cancelling a booking is asked first; the seat is kept until they confirm")
    func bookingCancel() async throws {
        try await TestApp.run { client in
            let session = try await BookingAPITests.session(client)
            let (reference, token) = try await client.execute(
                uri: "/api/v1/bookings",
                method: .post,
                headers: BookingAPITests.json,
                body: BookingAPITests.body(session)
            ) { (try #require($0.json["reference"] as? String), try #require($0.json["token"] as? String)) }
            let csrf = try await client.execute(uri: "/staff", method: .get) { try #require(PagesTests.cookie("td_csrf", in: $0)) }
            func post(_ form: String) async throws -> TestResponse {
                try await client.execute(
                    uri: "/bookings/\(reference)/cancel",
                    method: .post,
                    headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "td_csrf=\(csrf)"],
                    body: ByteBuffer(string: "_csrf=\(csrf)&token=\(token.queryEncodedForTest)" + form)
                ) { $0 }
            }
            func status() async throws -> String? {
                try await client.execute(uri: "/api/v1/bookings/\(reference)?token=\(token.queryEncodedForTest)", method: .get) {
                    $0.json["status"] as? String
                }
            }
            let ask = try await post("")
            #expect(ask.status == .ok && ask.text.contains(#"id="confirm-form""#) && ask.text.contains("danh sách chờ"))
            #expect(ask.text.contains(#"name="_csrf" value="\#(csrf)""#), "the citizen's own form token, for the second post")
            #expect(try await status() == "confirmed", "nothing happens on the first post")
            let done = try await post("&confirmed=yes")
            #expect(done.status == .seeOther)
            #expect(try await status() == "cancelled")
        }
    }

    @Test("publishing a bulletin is asked first, with its title and how many answers; only the confirmed post publishes")
    func bulletin() async throws {
        try await TestApp.run { client in
            let answer = try await DocumentAPITests.approved(client, "Đường liên ấp 3 bị sạt lở sau mưa, khi nào sửa?", phone: "0911 222 333")
            let clerk = try await client.token("thu.ky")
            let form = "organisation_id=xa-tan-thanh&title=Bản+tin+tháng+12&question_refs%5B%5D=\(answer)"
            let ask = try await SessionDayPagesTests.post(client, "/staff/bulletins", token: clerk, form)
            #expect(ask.status == .ok && ask.text.contains("Bản tin tháng 12") && ask.text.contains("Số câu trả lời được công bố: 1."))
            #expect(
                try await client.execute(uri: "/api/v1/bulletins?organisation=xa-tan-thanh", method: .get) { ($0.json["items"] as? [Any])?.count }
                    == 0
            )
            let done = try await SessionDayPagesTests.post(client, "/staff/bulletins", token: clerk, form + "&confirmed=yes")
            #expect(done.status == .seeOther && done.headers[.location]?.hasPrefix("/bulletins/") == true)
            #expect(
                try await client.execute(uri: "/api/v1/bulletins?organisation=xa-tan-thanh", method: .get) { ($0.json["items"] as? [Any])?.count }
                    == 1
            )
            let empty = try await SessionDayPagesTests.post(client, "/staff/bulletins", token: clerk, "organisation_id=xa-tan-thanh&title=Trống")
            #expect(empty.status == .unprocessableContent, "what would be refused is refused before asking")
        }
    }

    @Test("starting a broadcast is asked first, naming when the programme is planned")
    func broadcastStart() async throws {
        try await TestApp.run { client in
            let clerk = try await client.token("thu.ky")
            let programme = try await client.execute(uri: "/api/v1/sessions?organisation=xa-tan-thanh&kind=radio&limit=1", method: .get) {
                try #require(($0.json["items"] as? [[String: Any]])?.first?["id"] as? String)
            }
            let ask = try await SessionDayPagesTests.post(client, "/staff/programmes/\(programme)/start", token: clerk, "")
            #expect(ask.status == .ok && ask.text.contains("Chương trình dự kiến:"))
            let broadcast = "/api/v1/sessions/\(programme)/broadcast"
            #expect(try await client.send(.get, broadcast, token: clerk).json["started_at"] == nil, "nothing happens on the first post")
            let done = try await SessionDayPagesTests.post(client, "/staff/programmes/\(programme)/start", token: clerk, "confirmed=yes")
            #expect(done.status == .seeOther)
            #expect(try await client.send(.get, broadcast, token: clerk).json["started_at"] is String)
        }
    }
}
