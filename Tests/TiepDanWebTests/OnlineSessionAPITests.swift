import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TiepDanCore

/// Online and hybrid reception over the API: the mode and its link checked when a session is made, the citizen's
/// choice when booking, and the link given to a confirmed online booking only.
@Suite("Online reception API")
struct OnlineSessionAPITests {
    static let link = "https://meet.example.vn/xa-tan-thanh/7f3a"

    static func book(_ client: any TestClientProtocol, _ session: String, phone: String, attend: String?) async throws -> TestResponse {
        var object: [String: Any] = ["session_id": session, "citizen": ["name": "Lê Thị Mơ", "phone": phone], "subject": "Trợ cấp"]
        if let attend { object["attend"] = attend }
        return try await client.execute(
            uri: "/api/v1/bookings",
            method: .post,
            headers: [.contentType: "application/json"],
            body: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
        ) { $0 }
    }

    @Test("mode and link are checked on creation; a hybrid booking needs its choice; only the confirmed online one gets the link")
    func onlineSessions() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client in
            let clerk = try await client.token("thu.ky")
            let headers: HTTPFields = [.authorization: "Bearer \(clerk)", .contentType: "application/json"]
            func create(_ overrides: [String: Any]) async throws -> TestResponse {
                try await client.execute(uri: "/api/v1/sessions", method: .post, headers: headers, body: AdHocSessionTests.body(overrides)) { $0 }
            }
            for (overrides, field) in [
                (["mode": "online"], "join_url"), (["mode": "hybrid", "join_url": "http://meet.example.vn/x"], "join_url"),
                (["join_url": Self.link], "join_url"), (["mode": "video", "join_url": Self.link], "mode"),
                (["mode": "online", "join_url": Self.link, "kind": "radio"], "mode"),
            ] as [([String: Any], String)] {
                let refused = try await create(overrides)
                #expect(refused.status == .unprocessableContent && refused.text.contains(#""\#(field)""#), "\(overrides): \(refused.text)")
            }
            let hybrid = try await create(["mode": "hybrid", "join_url": Self.link, "slot_capacity": 1])
            #expect(hybrid.status == .created && hybrid.json["mode"] as? String == "hybrid" && !hybrid.text.contains(Self.link))
            let session = try #require(hybrid.json["id"] as? String)
            let none = try await Self.book(client, session, phone: "0903 000 001", attend: nil)
            #expect(none.status == .unprocessableContent && none.text.contains(#""attend""#), "a hybrid session asks how")
            #expect(try await Self.book(client, session, phone: "0903 000 001", attend: "video").status == .unprocessableContent)
            let online = try await Self.book(client, session, phone: "0903 000 001", attend: "online")
            #expect(online.status == .created, "\(online.text)")
            let reference = try #require(online.json["reference"] as? String)
            let token = try #require(online.json["token"] as? String)
            try await client.execute(uri: "/api/v1/bookings/\(reference)", method: .get, headers: [QuestionAPITests.tracking: token]) {
                #expect($0.json["attendance"] as? String == "online" && $0.json["join_url"] as? String == Self.link)
            }
            // The first slot is full: the next online citizen waits, and a waiting citizen has no link yet.
            var extra: [String: Any] = ["session_id": session, "citizen": ["name": "Võ Văn Chín", "phone": "0903 000 002"], "subject": "Hỏi"]
            extra["attend"] = "online"
            extra["waitlist"] = true
            extra["slot_id"] = "\(session)-1"
            let waiting = try await client.execute(
                uri: "/api/v1/bookings",
                method: .post,
                headers: [.contentType: "application/json"],
                body: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: extra))
            ) { $0 }
            #expect(waiting.json["status"] as? String == "waitlisted", "\(waiting.text)")
            let waitingRef = try #require(waiting.json["reference"] as? String)
            let waitingToken = try #require(waiting.json["token"] as? String)
            try await client.execute(uri: "/api/v1/bookings/\(waitingRef)", method: .get, headers: [QuestionAPITests.tracking: waitingToken]) {
                #expect($0.json["join_url"] == nil && !$0.text.contains(Self.link))
            }
            // An online-only session takes no in-person booking; its citizens attend online without choosing.
            let online2 = try await create([
                "mode": "online", "join_url": Self.link, "title": "Tiếp công dân trực tuyến về đất đai", "leader_ids": ["xa-tan-thanh.bi-thu"],
            ])
            let onlineSession = try #require(online2.json["id"] as? String)
            #expect(try await Self.book(client, onlineSession, phone: "0903 000 003", attend: "in_person").status == .unprocessableContent)
            let plain = try await Self.book(client, onlineSession, phone: "0903 000 003", attend: nil)
            #expect(plain.status == .created)
            try await client.send(.get, "/staff/sessions/\(session)", token: clerk) { page in
                #expect(page.text.contains(#"id="staff-join-link""#) && page.text.contains(#"class="attendance">Trực tuyến"#))
            }
            for path in [
                "/api/v1/sessions/\(session)", "/api/v1/sessions?organisation=xa-tan-thanh", "/organisations/xa-tan-thanh",
                "/calendar/xa-tan-thanh.ics",
            ] {
                try await client.execute(uri: path, method: .get) { #expect($0.status == .ok && !$0.text.contains(Self.link), "\(path)") }
            }
        }
    }

    @Test("recordings are registered with their SHA-256, each wrong field named, and listed in the minutes")
    func recordings() async throws {
        try await TestApp.run { client in
            let session = try await BookingAPITests.session(client)
            let clerk = try await client.token("thu.ky")
            let base = "/api/v1/sessions/\(session)/recordings"
            let digest = String(repeating: "ab", count: 32)
            let bad = try await client.send(
                .post,
                base,
                token: clerk,
                #"{"uri": "", "sha256": "xyz", "started_at": "hôm qua", "duration_seconds": 0}"#
            )
            let fields = Set((bad.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String })
            #expect(bad.status == .unprocessableContent && fields == ["uri", "sha256", "started_at", "duration_seconds"], "\(bad.text)")
            #expect(try await client.send(.post, base, token: try await client.token("lanh.dao"), "{}").status != .created)
            let body =
                #"{"uri": "luu-tru/tiep-dan.mp4", "sha256": "\#(digest.uppercased())", "started_at": "2026-12-03T07:35:00+07:00", "duration_seconds": 5110}"#
            let created = try await client.send(.post, base, token: clerk, body)
            #expect(created.status == .created && created.json["position"] as? Int == 1 && created.json["sha256"] as? String == digest)
            #expect(try await client.send(.post, "/api/v1/sessions/none/recordings", token: clerk, body).status == .notFound)
            try await client.send(.get, base, token: clerk) { list in
                #expect((list.json["items"] as? [[String: Any]])?.map { $0["uri"] as? String } == ["luu-tru/tiep-dan.mp4"])
            }
            let drafted = try await client.send(.post, "/api/v1/sessions/\(session)/minutes", token: clerk, "{}")
            let id = try #require(drafted.json["id"] as? String)
            let html = try await QuestionAPITests.get(client, "/minutes/\(id)", token: clerk).text
            #expect(html.contains("Ghi âm, ghi hình") && html.contains(digest) && html.contains("1 giờ 25 phút 10 giây"))
        }
    }
}
