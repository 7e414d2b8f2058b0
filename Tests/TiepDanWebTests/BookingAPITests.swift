import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Booking a reception slot over HTTP, as a citizen and as the secretariat.
@Suite("Booking API")
struct BookingAPITests {
    /// Tân Thành's scheduled reception sessions from three days out, whose bookings are open at any hour the tests run
    /// (the next session's close an hour before it starts).
    static func sessions(_ client: any TestClientProtocol, limit: Int = 5) async throws -> [String] {
        let from = ISO8601DateFormatter().string(from: Date().addingTimeInterval(3 * 86_400))
        return try await client.execute(
            uri: "/api/v1/sessions?organisation=xa-tan-thanh&kind=reception&from=\(from)&limit=\(limit)",
            method: .get
        ) { response in
            let items = response.json["items"] as? [[String: Any]] ?? []
            return items.filter { $0["status"] as? String == "scheduled" }.compactMap { $0["id"] as? String }
        }
    }

    /// The first of ``sessions(_:limit:)``.
    static func session(_ client: any TestClientProtocol) async throws -> String {
        try #require(try await sessions(client).first)
    }

    static func body(_ session: String, phone: String = "0912 345 678", _ extra: [String: Any] = [:], citizen: [String: Any] = [:]) -> ByteBuffer {
        var person: [String: Any] = ["name": "Trần Thị Bình", "phone": phone, "id_number": "079123456789"]
        for (key, value) in citizen { person[key] = value }
        var object: [String: Any] = ["session_id": session, "citizen": person, "subject": "Tranh chấp ranh giới đất", "summary": "Hàng xóm lấn đất"]
        for (key, value) in extra { object[key] = value }
        return ByteBuffer(bytes: try! JSONSerialization.data(withJSONObject: object))
    }

    static let json: HTTPFields = [.contentType: "application/json"]

    @Test("a citizen books, reads with the token, cancels; a second booking for the same citizen is 409 with the reference")
    func flow() async throws {
        try await TestApp.run { client in
            let session = try await Self.session(client)
            let (reference, token) = try await client.execute(uri: "/api/v1/bookings", method: .post, headers: Self.json, body: Self.body(session)) {
                response in
                #expect(response.status == .created)
                #expect(response.json["status"] as? String == "confirmed")
                #expect((response.json["slot"] as? [String: Any])?["id"] as? String == "\(session)-1")
                return (try #require(response.json["reference"] as? String), try #require(response.json["token"] as? String))
            }
            #expect(reference.range(of: #"^TD-\d{4}-\d{6}$"#, options: .regularExpression) != nil)
            try await client.execute(
                uri: "/api/v1/bookings",
                method: .post,
                headers: Self.json,
                body: Self.body(session, phone: "+84 912345678")
            ) { response in
                #expect(response.status == .conflict)
                #expect(response.json["reference"] == nil && !response.text.contains(reference), "another's phone number never reveals a booking")
                #expect(response.text.contains("/lookup"))
            }
            try await client.execute(uri: "/api/v1/bookings/\(reference)", method: .get, headers: [.init("X-Tracking-Token")!: token]) { response in
                #expect(response.status == .ok)
                #expect((response.json["citizen"] as? [String: Any])?["name"] as? String == "Trần Thị Bình")
            }
            for headers: HTTPFields in [[:], [.init("X-Tracking-Token")!: "wrong"]] {
                try await client.execute(uri: "/api/v1/bookings/\(reference)", method: .get, headers: headers) { #expect($0.status == .notFound) }
            }
            try await client.execute(uri: "/api/v1/sessions/\(session)", method: .get) { response in
                #expect(response.json["slots_available"] as? Int == (response.json["slots_total"] as? Int ?? 0) - 1, "the seat is taken")
                let first = (response.json["slots"] as? [[String: Any]])?.first
                #expect(first?["available"] as? Int == (first?["capacity"] as? Int ?? 0) - 1)
            }
            try await client.execute(uri: "/api/v1/bookings/\(reference)/cancel?token=\(token)", method: .post) { response in
                #expect(response.status == .ok)
                #expect(response.json["status"] as? String == "cancelled")
            }
            try await client.execute(uri: "/api/v1/bookings/\(reference)/cancel?token=\(token)", method: .post) { #expect($0.status == .conflict) }
            try await client.execute(uri: "/api/v1/sessions/\(session)", method: .get) { response in
                #expect(response.json["slots_available"] as? Int == response.json["slots_total"] as? Int)
            }
        }
    }

    @Test(
        "every bad input is 4xx naming the field, and writes nothing",
        arguments: [
            ("unknown session", 404, "session_id"),
            ("no phone", 422, "citizen.phone"),
            ("bad phone", 422, "citizen.phone"),
            ("bad id number", 422, "citizen.id_number"),
            ("group without representatives", 422, "representatives"),
            ("too many representatives", 422, "representatives"),
            ("citizen sets a channel", 422, "channel"),
            ("unknown slot", 422, "slot_id"),
            ("radio programme", 409, "session_id"),
            ("wrong type", 400, "group_size"),
        ]
    )
    func badInput(name: String, status: Int, field: String) async throws {
        try await TestApp.run { client in
            let session = try await Self.session(client)
            let radio = try await client.execute(uri: "/api/v1/sessions?organisation=xa-tan-thanh&kind=radio&limit=1", method: .get) {
                (($0.json["items"] as? [[String: Any]])?.first?["id"] as? String) ?? ""
            }
            let body: ByteBuffer =
                switch name {
                case "unknown session": Self.body("xa-tan-thanh.nothing.20990101")
                case "no phone": Self.body(session, citizen: ["phone": NSNull()])
                case "bad phone": Self.body(session, phone: "12345")
                case "bad id number": Self.body(session, citizen: ["id_number": "12AB"])
                case "group without representatives": Self.body(session, ["group_size": 8])
                case "too many representatives": Self.body(session, ["group_size": 12, "representatives": ["A", "B", "C", "D", "E", "F"]])
                case "citizen sets a channel": Self.body(session, ["channel": "hotline"])
                case "unknown slot": Self.body(session, ["slot_id": "\(session)-99"])
                case "radio programme": Self.body(radio)
                default: Self.body(session, ["group_size": "many"])
                }
            try await client.execute(uri: "/api/v1/bookings", method: .post, headers: Self.json, body: body) { response in
                #expect(response.status.code == status)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                #expect((response.json["errors"] as? [[String: String]])?.contains { $0["field"] == field } == true, "\(response.text)")
            }
            let admin = try await client.token("admin")
            try await client.send(.get, "/api/v1/audit?entity=booking:TD-2026-000001", token: admin) {
                response in
                #expect((response.json["items"] as? [Any])?.isEmpty == true, "nothing was written")
            }
        }
    }

    @Test("the secretariat books by phone on a citizen's behalf; the channel and the clerk are recorded")
    func staffBooking() async throws {
        try await TestApp.run { client in
            let session = try await Self.session(client)
            let token = try await client.token("thu.ky")
            let reference = try await client.execute(
                uri: "/api/v1/bookings",
                method: .post,
                headers: [.contentType: "application/json", .authorization: "Bearer \(token)"],
                body: Self.body(session, ["channel": "hotline", "group_size": 6, "representatives": ["Lê Văn Cường"]])
            ) { response in
                #expect(response.status == .created)
                return try #require(response.json["reference"] as? String)
            }
            try await client.send(.get, "/api/v1/bookings/\(reference)", token: token) { response in
                #expect(response.status == .ok, "secretariat staff read bookings without the citizen's token")
                #expect(response.json["representatives"] as? [String] == ["Lê Văn Cường"])
            }
            let leader = try await client.token("lanh.dao")
            try await client.send(.get, "/api/v1/sessions/\(session)/bookings", token: leader) {
                response in
                let items = response.json["items"] as? [[String: Any]] ?? []
                #expect(items.map { $0["reference"] as? String } == [reference])
                #expect((items.first?["citizen"] as? [String: Any])?["id_number"] as? String == "079123456789")
            }
            try await client.execute(uri: "/api/v1/sessions/\(session)/bookings", method: .get) { #expect($0.status == .unauthorized) }
            let admin = try await client.token("admin")
            try await client.send(.get, "/api/v1/audit?entity=booking:\(reference)", token: admin) {
                response in
                let first = (response.json["items"] as? [[String: Any]])?.first
                #expect((first?["actor"] as? String)?.hasPrefix("u-") == true)
                #expect((first?["after"] as? String)?.contains("hotline") == true)
            }
        }
    }

    @Test("public booking writes are rate limited per address with Retry-After")
    func rateLimit() async throws {
        try await TestApp.run { client in
            let session = try await Self.session(client)
            var statuses: [Int] = []
            for index in 0..<12 {
                try await client.execute(
                    uri: "/api/v1/bookings",
                    method: .post,
                    headers: Self.json,
                    body: Self.body(
                        session,
                        phone: String(format: "09120000%02d", index),
                        ["waitlist": true],
                        citizen: ["id_number": String(format: "0791234567%02d", index)]
                    )
                ) { response in
                    statuses.append(response.status.code)
                    if response.status == .tooManyRequests { #expect(response.headers[.retryAfter] != nil) }
                }
            }
            #expect(statuses.prefix(10).allSatisfy { $0 == 201 })
            #expect(statuses.suffix(2) == [429, 429])
        }
    }
}
