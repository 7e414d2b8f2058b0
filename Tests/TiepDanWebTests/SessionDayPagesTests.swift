import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing
import TiepDanCore
import TiepDanStore

/// The session day run from its page alone: check-in from the morning of the session, walk-ins, outcomes chosen
/// explicitly, and marking held, postponing and cancelling, each irreversible one asked first.
@Suite("Session day pages")
struct SessionDayPagesTests {
    /// Posts `form` as a browser would (the bearer token stands in for the session cookie and its CSRF token).
    static func post(_ client: any TestClientProtocol, _ uri: String, token: String, _ form: String) async throws -> TestResponse {
        try await client.execute(
            uri: uri,
            method: .post,
            headers: [.authorization: "Bearer \(token)", .contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: form)
        ) { $0 }
    }

    static func status(_ client: any TestClientProtocol, _ session: String) async throws -> String? {
        try await client.execute(uri: "/api/v1/sessions/\(session)", method: .get) { $0.json["status"] as? String }
    }

    /// Moves the session to have started an hour ago, today (no endpoint moves a session into the past).
    static func startAnHourAgo(_ store: any Store, _ session: String) async throws {
        let now = Int64(Date().timeIntervalSince1970)
        try await store.transaction { database in
            try await database.raw(
                "UPDATE sessions SET starts_at = \(bind: now - 3600), ends_at = \(bind: now + 3 * 3600) WHERE id = \(bind: session)"
            )
            .run()
        }
    }

    @Test("check-in and walk-ins open on the session's day; a group needs its representatives; the outcome is chosen, never defaulted")
    func walkIns() async throws {
        try await TestApp.run { client, store in
            let session = try await BookingAPITests.session(client)
            let booked = try await SessionDayTests.book(client, session, phone: "0903 000 001")
            let clerk = try await client.token("thu.ky")
            try await client.send(.get, "/staff/sessions/\(session)", token: clerk) { page in
                #expect(page.status == .ok)
                #expect(page.text.contains(#"id="check-in-opens""#) && !page.text.contains(#"class="check-in""#), "not offered days early")
                #expect(!page.text.contains(#"id="walk-in""#) && !page.text.contains(#"id="mark-held""#))
            }
            let early = try await Self.post(client, "/staff/sessions/\(session)/walk-ins", token: clerk, "name=Lê+Văn+Tám&subject=Xin+cấp+sổ+đỏ")
            #expect(early.status == .conflict)

            try await Self.startAnHourAgo(store, session)
            try await client.send(.get, "/staff/sessions/\(session)", token: clerk) { page in
                #expect(page.text.contains(#"class="check-in""#) && page.text.contains(#"id="walk-in""#) && page.text.contains(#"id="mark-held""#))
                #expect(page.text.contains(#"<option value="" selected>— Chọn hướng xử lý —</option>"#) == false, "nobody is checked in yet")
            }
            let checkIn = try await Self.post(client, "/staff/bookings/\(booked)/check-in", token: clerk, "")
            #expect(checkIn.status == .seeOther && checkIn.headers[.location]?.contains("done=checked_in") == true)

            // One walk-in without a phone; a group of six with two representatives; a group without them is refused.
            let single = try await Self.post(
                client,
                "/staff/sessions/\(session)/walk-ins",
                token: clerk,
                "name=Lê+Văn+Tám&id_number=079123456780&address=Ấp+2&subject=Xin+cấp+sổ+đỏ&group_size=1"
            )
            #expect(single.status == .seeOther && single.headers[.location]?.contains("done=walk_in#TD-") == true, "\(single.text)")
            let refused = try await Self.post(
                client,
                "/staff/sessions/\(session)/walk-ins",
                token: clerk,
                "name=Nguyễn+Văn+Sáu&phone=0903+000+006&subject=Đường+ngập&group_size=6"
            )
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Ghi tên người đại diện") && refused.text.contains(#"value="Nguyễn Văn Sáu""#), "named, and kept")
            let group = try await Self.post(
                client,
                "/staff/sessions/\(session)/walk-ins",
                token: clerk,
                "name=Nguyễn+Văn+Sáu&phone=0903+000+006&subject=Đường+ngập&group_size=6&representatives=Nguyễn+Văn+Sáu%0D%0ATrần+Thị+Bảy"
            )
            #expect(group.status == .seeOther, "\(group.text)")
            let again = try await Self.post(
                client,
                "/staff/sessions/\(session)/walk-ins",
                token: clerk,
                "name=Ai+Đó&phone=0903+000+001&subject=Hỏi+việc"
            )
            #expect(again.status == .conflict && again.text.contains(booked), "a citizen already booked is named by the booking")

            try await client.send(.get, "/staff/sessions/\(session)", token: clerk) { page in
                #expect(page.text.contains("Lê Văn Tám") && page.text.contains("Trần Thị Bảy"))
                #expect(page.text.contains(#"id="checked-in-people">8<"#), "1 booked + 1 + a group of 6")
                #expect(page.text.contains(#"<option value="" selected>— Chọn hướng xử lý —</option>"#))
            }
            let unchosen = try await Self.post(client, "/staff/bookings/\(booked)/outcome", token: clerk, "outcome=&category=complaint")
            #expect(unchosen.status == .unprocessableContent && unchosen.text.contains("Chọn kết quả tiếp"))
            #expect(unchosen.text.contains(#"<option value="complaint" selected>"#), "what the clerk chose is kept")

            try await client.send(.get, "/api/v1/register?organisation=xa-tan-thanh", token: clerk) { response in
                let lines = response.json["items"] as? [[String: Any]] ?? []
                #expect(lines.count == 3, "the booked citizen and both walk-ins are in the register")
            }
        }
    }

    @Test("mark held, postpone and cancel: the first post only shows what will happen; the confirmed one does it")
    func confirmations() async throws {
        try await TestApp.run { client, store in
            let clerk = try await client.token("thu.ky")
            let session = try await BookingAPITests.session(client)
            _ = try await SessionDayTests.book(client, session, phone: "0903 000 002")
            let leader = try await client.execute(uri: "/api/v1/sessions/\(session)", method: .get) {
                try #require(($0.json["leader_ids"] as? [String])?.first)
            }

            let notYet = try await Self.post(client, "/staff/sessions/\(session)/held", token: clerk, "received_by[]=\(leader)&attendance=3")
            #expect(notYet.status == .conflict && notYet.text.contains("không thể thay đổi lúc này"))

            // Postpone by a week: first post asks, naming the citizens to be told; the second moves it.
            let day = try #require(
                try await client.execute(uri: "/api/v1/sessions/\(session)", method: .get) { ($0.json["starts_at"] as? String)?.prefix(10) }
            )
            let later = CivilDate(iso: String(day))!.adding(days: 7)
            let form = "date=\(later)&time=14:00&reason=Chủ+tịch+họp+tỉnh"
            let ask = try await Self.post(client, "/staff/sessions/\(session)/postpone", token: clerk, form)
            #expect(ask.status == .ok && ask.text.contains(#"id="confirm-form""#) && ask.text.contains("Chủ tịch họp tỉnh"))
            #expect(ask.text.contains(#"name="confirmed" value="yes""#) && ask.text.contains(#"name="date" value="\#(later)""#))
            #expect(ask.text.contains("Số công dân đã đặt lịch được báo tin: 1."))
            let unchanged = try await client.execute(uri: "/api/v1/sessions/\(session)", method: .get) { $0.json["starts_at"] as? String }
            #expect(unchanged?.hasPrefix(String(day)) == true, "nothing happens on the first post")
            let done = try await Self.post(client, "/staff/sessions/\(session)/postpone", token: clerk, form + "&confirmed=yes")
            #expect(done.status == .seeOther && done.headers[.location] == "/staff/sessions/\(session)?done=postponed")
            let moved = try await client.execute(uri: "/api/v1/sessions/\(session)", method: .get) { $0.json["starts_at"] as? String }
            #expect(moved?.hasPrefix("\(later)T14:00") == true, "\(moved ?? "")")
            let noReason = try await Self.post(client, "/staff/sessions/\(session)/cancel", token: clerk, "reason=")
            #expect(noReason.status == .unprocessableContent && noReason.text.contains("Ghi lý do"))

            // Mark held once started: asked first, then done, and counted.
            try await Self.startAnHourAgo(store, session)
            let askHeld = try await Self.post(client, "/staff/sessions/\(session)/held", token: clerk, "received_by[]=\(leader)&attendance=3")
            #expect(askHeld.status == .ok && askHeld.text.contains("báo cáo công khai") && askHeld.text.contains("3."))
            #expect(try await Self.status(client, session) == "postponed", "moved, not yet held")
            let held = try await Self.post(
                client,
                "/staff/sessions/\(session)/held",
                token: clerk,
                "received_by%5B%5D=\(leader)&attendance=3&confirmed=yes"
            )
            #expect(held.status == .seeOther && held.headers[.location] == "/staff/sessions/\(session)?done=held")
            #expect(try await Self.status(client, session) == "held")
            try await client.send(.get, "/staff/sessions/\(session)?done=held", token: clerk) { page in
                #expect(page.text.contains(#"id="done-notice""#) && !page.text.contains(#"id="mark-held""#))
            }

            // Cancel another session: asked first, then done.
            let other = try await client.execute(uri: "/api/v1/sessions?organisation=xa-tan-thanh&kind=reception&limit=5", method: .get) {
                try #require(($0.json["items"] as? [[String: Any]] ?? []).first { $0["status"] as? String == "scheduled" }?["id"] as? String)
            }
            let askCancel = try await Self.post(client, "/staff/sessions/\(other)/cancel", token: clerk, "reason=Bão+số+3")
            #expect(askCancel.status == .ok && askCancel.text.contains("không thể hoàn tác"))
            #expect(try await Self.status(client, other) == "scheduled")
            let cancelled = try await Self.post(client, "/staff/sessions/\(other)/cancel", token: clerk, "reason=Bão+số+3&confirmed=yes")
            let cancelledStatus = try await Self.status(client, other)
            #expect(cancelled.status == .seeOther && cancelledStatus == "cancelled")
        }
    }
}
