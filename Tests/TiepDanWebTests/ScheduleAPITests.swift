import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The public schedule over HTTP, from the shipped example schedules.
@Suite("Schedule API")
struct ScheduleAPITests {
    @Test("organisations page through with a cursor")
    func organisations() async throws {
        try await TestApp.run { client in
            let (ids, cursor) = try await client.execute(uri: "/api/v1/organisations?limit=3", method: .get) { response in
                let items = response.json["items"] as? [[String: Any]] ?? []
                return (items.compactMap { $0["id"] as? String }, response.json["next_cursor"] as? String)
            }
            #expect(ids == ["phuong-cao-lanh", "tinh-dong-thap", "xa-lai-vung"])
            try await client.execute(uri: "/api/v1/organisations?limit=3&cursor=\(try #require(cursor))", method: .get) { response in
                let items = response.json["items"] as? [[String: Any]] ?? []
                #expect(items.compactMap { $0["id"] as? String } == ["xa-tan-thanh"])
                #expect(response.json["next_cursor"] is NSNull)
            }
        }
    }

    @Test("sessions filter by organisation, kind and leader; detail lists slots")
    func sessions() async throws {
        try await TestApp.run { client in
            let radio = try await client.execute(uri: "/api/v1/sessions?organisation=xa-tan-thanh&kind=radio", method: .get) { response in
                #expect(response.status == .ok)
                return response.json["items"] as? [[String: Any]] ?? []
            }
            #expect(!radio.isEmpty)
            #expect(radio.allSatisfy { $0["kind"] as? String == "radio" && $0["organisation_id"] as? String == "xa-tan-thanh" })
            #expect(radio.allSatisfy { ($0["starts_at"] as? String)?.hasSuffix("+07:00") == true })
            let reception = try await client.execute(
                uri: "/api/v1/sessions?leader=xa-tan-thanh.chu-tich&kind=reception&limit=1",
                method: .get
            ) { response in
                (response.json["items"] as? [[String: Any]] ?? []).first
            }
            let id = try #require(reception?["id"] as? String)
            try await client.execute(uri: "/api/v1/sessions/\(id)", method: .get) { response in
                let slots = response.json["slots"] as? [[String: Any]] ?? []
                #expect(slots.count == 8, "07:30-11:30 in 30-minute slots")
                #expect(slots.first?["starts_at"] as? String == response.json["starts_at"] as? String)
                #expect(response.json["slots_total"] as? Int == 8)
            }
            try await client.execute(uri: "/api/v1/sessions/no-such-session", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test(
        "malformed filters name the field",
        arguments: [
            ("kind=party", "kind"), ("from=2026-13-01", "from"), ("from=2026-12-01&to=2026-11-01", "to"),
            ("from=2026-01-01&to=2028-01-01", "to"), ("limit=0", "limit"), ("cursor=nonsense", "cursor"),
        ]
    )
    func badFilters(query: String, field: String) async throws {
        try await TestApp.run { client in
            try await client.execute(uri: "/api/v1/sessions?\(query)", method: .get) { response in
                #expect(response.status == .unprocessableContent)
                #expect((response.json["errors"] as? [[String: String]])?.first?["field"] == field)
            }
        }
    }

    @Test("feeds are iCalendar with stable UIDs; unknown ones are 404")
    func feeds() async throws {
        try await TestApp.run { client in
            try await client.execute(uri: "/calendar/xa-tan-thanh.ics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/calendar") == true)
                #expect(response.text.hasPrefix("BEGIN:VCALENDAR\r\n"))
                #expect(response.text.contains("UID:xa-tan-thanh.tiep-dinh-ky-thu-5."))
                #expect(response.text.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 })
            }
            try await client.execute(uri: "/calendar/leaders/tinh-dong-thap.chu-tich-tinh.ics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("UID:xa-"))
            }
            for uri in ["/calendar/nowhere.ics", "/calendar/xa-tan-thanh", "/calendar/leaders/nobody.ics"] {
                try await client.execute(uri: uri, method: .get) { #expect($0.status == .notFound) }
            }
        }
    }

    @Test("the organisation page lists sessions by week in Vietnamese, and the home page links it")
    func pages() async throws {
        try await TestApp.run { client in
            try await client.execute(uri: "/organisations/xa-tan-thanh", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Ủy ban nhân dân xã Tân Thành"))
                #expect(response.text.contains("Chủ tịch UBND xã Nguyễn Văn An"))
                #expect(response.text.contains("Tuần "))
                #expect(response.text.contains("/calendar/xa-tan-thanh.ics"))
            }
            try await client.execute(uri: "/organisations/xa-tan-thanh?lang=en", method: .get) { response in
                #expect(response.text.contains("Received by"))
            }
            try await client.execute(uri: "/organisations/nowhere", method: .get, headers: [.accept: "text/html"]) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.text.contains(#"href="/organisations/tinh-dong-thap""#))
            }
        }
    }
}
