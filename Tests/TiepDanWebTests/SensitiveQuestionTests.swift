import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing

/// A question flagged sensitive: its text sealed like a denouncer's identity, out of search and public view, opened
/// only by its handlers and leaders, each look audited.
@Suite("Sensitive questions")
struct SensitiveQuestionTests {
    @Test(
        "flagged sensitive, the text is sealed: the secretariat and the public see a placeholder, its asker their own words, a leader opens it, audited"
    )
    func sealedText() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, store in
            let asked = try await QuestionAPITests.ask(client, "Tôi nhiễm HIV, bị trạm y tế xã tiết lộ cho hàng xóm, xin xã xem xét.")
            let reference = try #require(asked.json["reference"] as? String)
            let token = try #require(asked.json["token"] as? String)
            let clerk = try await client.token("thu.ky")
            let leader = try await client.token("lanh.dao")
            #expect(
                try await client.send(.post, "/api/v1/questions/\(reference)/sensitive", token: try await client.token("can.bo")).status == .forbidden
            )
            #expect(try await client.send(.post, "/api/v1/questions/\(reference)/sensitive", token: clerk).status == .ok)
            #expect(try await client.send(.post, "/api/v1/questions/\(reference)/sensitive", token: clerk).status == .conflict, "once")

            let page = try await QuestionAPITests.get(client, "/staff/questions/\(reference)", token: clerk)
            #expect(page.status == .ok && !page.text.contains("HIV") && page.text.contains("niêm phong"))
            #expect(!page.text.contains(#"id="sensitive-link""#), "the secretariat is not a handler")
            #expect(try await QuestionAPITests.get(client, "/api/v1/questions/\(reference)/sensitive", token: clerk).status == .forbidden)
            #expect((try await QuestionAPITests.get(client, "/api/v1/questions/search?q=HIV", token: clerk).json["items"] as? [Any])?.isEmpty == true)
            let asStaff = try await QuestionAPITests.get(client, "/api/v1/questions/\(reference)", token: clerk)
            #expect(asStaff.status == .ok && !asStaff.text.contains("HIV"))
            // The asker, with the token, reads their own words, on the API and on the tracking page, which says why they are sealed.
            let tracking = try await QuestionAPITests.get(client, "/api/v1/questions/\(reference)?token=\(token.queryEncodedForTest)")
            #expect(tracking.status == .ok && (tracking.json["text"] as? String)?.contains("HIV") == true)
            let trackingPage = try await QuestionAPITests.get(client, "/questions/\(reference)?token=\(token.queryEncodedForTest)")
            #expect(trackingPage.text.contains("HIV") && trackingPage.text.contains(#"id="sensitive-note""#))
            #expect(try await QuestionAPITests.get(client, "/questions/\(reference)?token=wrong").status == .notFound)

            let opened = try await QuestionAPITests.get(client, "/api/v1/questions/\(reference)/sensitive", token: leader)
            #expect(opened.status == .ok && (opened.json["text"] as? String)?.contains("HIV") == true)
            let leaderPage = try await QuestionAPITests.get(client, "/staff/questions/\(reference)", token: leader)
            #expect(leaderPage.text.contains(#"id="sensitive-link""#))
            #expect(try await QuestionAPITests.get(client, "/staff/questions/\(reference)/sensitive", token: leader).text.contains("HIV"))
            let trail = try await QuestionAPITests.get(client, "/api/v1/audit?entity=question:\(reference)", token: try await client.token("admin"))
            let actions = (trail.json["items"] as? [[String: Any]])?.compactMap { $0["action"] as? String } ?? []
            #expect(actions.contains("seal_sensitive") && actions.filter { $0 == "view_sensitive" }.count == 2, "\(actions)")

            let stored = try await store.read { database in
                try await database.raw("SELECT text, subject, folded, publish_consent FROM questions WHERE reference = \(bind: reference)").first()
            }
            let row = try #require(stored)
            #expect(
                try !row.decode(column: "text", as: String.self).contains("HIV") && !row.decode(column: "subject", as: String.self).contains("HIV")
            )
            #expect(try row.decode(column: "folded", as: String.self).isEmpty && row.decode(column: "publish_consent", as: Int.self) == 0)
        }
    }

    @Test("a visit flagged sensitive keeps what the citizen brought sealed from the day list, the register and the API")
    func sealedVisit() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, _ in
            let session = try await BookingAPITests.session(client)
            let booked = try await client.execute(
                uri: "/api/v1/bookings",
                method: .post,
                headers: BookingAPITests.json,
                body: BookingAPITests.body(session, ["subject": "Con tôi nghiện ma túy, xin xã giúp cai nghiện", "summary": "Cháu 17 tuổi"])
            ) { $0 }
            let reference = try #require(booked.json["reference"] as? String, "\(booked.text)")
            let clerk = try await client.token("thu.ky")
            let leader = try await client.token("lanh.dao")
            #expect(try await client.send(.post, "/api/v1/bookings/\(reference)/sensitive", token: clerk).status == .ok)
            #expect(try await client.send(.post, "/api/v1/bookings/\(reference)/sensitive", token: clerk).status == .conflict)
            for uri in ["/api/v1/bookings/\(reference)", "/api/v1/sessions/\(session)/bookings", "/staff/sessions/\(session)"] {
                let seen = try await QuestionAPITests.get(client, uri, token: clerk)
                #expect(seen.status == .ok && !seen.text.contains("ma túy") && !seen.text.contains("17 tuổi"), "\(uri)")
            }
            #expect(try await QuestionAPITests.get(client, "/api/v1/bookings/\(reference)/sensitive", token: clerk).status == .forbidden)
            let opened = try await QuestionAPITests.get(client, "/api/v1/bookings/\(reference)/sensitive", token: leader)
            #expect(opened.status == .ok && (opened.json["subject"] as? String)?.contains("ma túy") == true)
        }
    }
}
