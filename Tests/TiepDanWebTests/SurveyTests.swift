import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing
import TiepDanCore
import TiepDanStore

@testable import TiepDanWeb

/// The satisfaction survey after each contact: invited when a visit's outcome is recorded and when an answer is
/// published; the link on the receipt and the tracking page; one answer per contact; kept apart from the contact and
/// the person; the secretariat may enter a paper form.
@Suite("Satisfaction surveys")
struct SurveyTests {
    static let questions = ["access", "procedure", "officials", "result", "feedback", "overall"]

    /// A booking of Tân Thành checked in and its outcome recorded; its reference and session.
    static func visit(_ client: any TestClientProtocol, _ store: any Store, phone: String) async throws -> (reference: String, session: String) {
        let session = try await BookingAPITests.session(client)
        let reference = try await SessionDayTests.book(client, session, phone: phone)
        try await SessionDayPagesTests.startAnHourAgo(store, session)
        let clerk = try await client.token("thu.ky")
        #expect(try await client.send(.post, "/api/v1/bookings/\(reference)/check-in", token: clerk).status == .ok)
        let outcome =
            #"{"outcome": "accepted", "category": "petition", "detail": "Giao địa chính xã", "id_number": "079186001111", "address": "Ấp 2"}"#
        #expect(
            try await client.send(.post, "/api/v1/bookings/\(reference)/outcome", token: try await client.token("lanh.dao"), outcome).status == .ok
        )
        return (reference, session)
    }

    /// Posts the survey form as a browser would, with the CSRF cookie and field.
    static func post(_ client: any TestClientProtocol, _ path: String, _ fields: String, token: String? = nil) async throws -> TestResponse {
        let csrf = try await client.execute(uri: "/staff", method: .get) { try #require(PagesTests.cookie("td_csrf", in: $0)) }
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: "td_csrf=\(csrf)"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: "_csrf=\(csrf)&" + fields))
    }

    @Test("a visit's receipt carries the survey; answered once, anonymously; a wrong proof finds nothing")
    func visitSurvey() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, store in
            let reference = try await Self.visit(client, store, phone: "0903 100 001").reference
            let clerk = try await client.token("thu.ky")
            let receipt = try await client.send(.get, "/staff/bookings/\(reference)/receipt", token: clerk)
            let range = try #require(
                receipt.text.range(of: #"http://localhost:8080/surveys/visit\.[A-Z0-9-]+\.[a-z2-7]{16}"#, options: .regularExpression)
            )
            let path = String(receipt.text[range].dropFirst("http://localhost:8080".count))
            #expect(receipt.text.contains("<svg"), "and as a QR code")

            let page = try await QuestionAPITests.get(client, path)
            #expect(
                page.status == .ok && page.text.components(separatedBy: #"<fieldset class="scale""#).count == 7,
                "five factors and the overall one"
            )
            #expect(page.text.contains("Rất không hài lòng") && page.text.contains("Rất hài lòng"))
            let forged = String(path.dropLast(16)) + String(repeating: "a", count: 16)
            #expect(try await QuestionAPITests.get(client, forged).status == .notFound)
            #expect(try await QuestionAPITests.get(client, path.replacingOccurrences(of: "/visit.", with: "/question.")).status == .notFound)

            // Missing points are named, and the points chosen are kept.
            let partial = try await Self.post(client, path, "access=4&officials=9&comment=Ph%C3%B2ng+ch%E1%BB%9D+n%C3%B3ng")
            #expect(partial.status == .unprocessableContent)
            for missing in ["procedure", "officials", "result", "feedback", "overall"] {
                #expect(partial.text.contains(##"href="#\##(missing)""##), "\(missing) named")
            }
            #expect(partial.text.contains(#"id="access-4" name="access" value="4" checked"#) && partial.text.contains("Phòng chờ nóng"))

            let all = Self.questions.enumerated().map { "\($1)=\($0 % 5 + 1)" }.joined(separator: "&")
            let answered = try await Self.post(client, path, all + "&comment=C%C3%A1n+b%E1%BB%99+t%E1%BA%ADn+t%C3%ACnh")
            #expect(answered.status == .seeOther && answered.headers[.location] == path)
            #expect(try await QuestionAPITests.get(client, path).text.contains(#"id="survey-thanks""#))
            #expect(try await Self.post(client, path, all).status == .conflict, "one answer per contact")
            let api = try await client.execute(
                uri: "/api/v1" + path,
                method: .post,
                headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"points": {"access": 5, "procedure": 5, "officials": 5, "result": 5, "feedback": 5, "overall": 5}}"#)
            )
            #expect(api.status == .conflict)

            // The answer names nothing that leads back: no reference, no citizen, no moment finer than the month.
            let rows = try await store.read { database in try await database.raw("SELECT * FROM survey_answers").all() }
            #expect(rows.count == 1)
            let row = try #require(rows.first)
            #expect(
                Set(row.allColumns) == [
                    "id", "organisation_id", "leader_id", "department_id", "channel", "contact_kind", "period", "version", "scores", "comment",
                    "assisted",
                ]
            )
            for column in row.allColumns {
                let value = (try? row.decode(column: column, as: String?.self)) ?? nil
                for secret in [reference, "0903 100 001", "Trần Thị Bình", "Ngô"] {
                    #expect(value?.contains(secret) != true, "\(column) holds \(secret)")
                }
            }
            #expect(try row.decode(column: "period", as: String.self).range(of: #"^\d{4}-\d{2}$"#, options: .regularExpression) != nil)
            #expect(
                try row.decode(column: "scores", as: String.self) == #"{"access":1,"feedback":5,"officials":3,"overall":1,"procedure":2,"result":4}"#
            )
            #expect(try row.decode(column: "contact_kind", as: String.self) == "visit" && row.decode(column: "assisted", as: Int.self) == 0)
            let invitation = try await store.read { database in try await database.raw("SELECT * FROM survey_invitations").all() }
            #expect(invitation.count == 1 && invitation.first?.allColumns.contains("scores") == false)
        }
    }

    @Test("an answered question's sender is invited on its page and answers through the API; the secretariat enters a paper form")
    func questionAndAssisted() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, store in
            let asked = try await QuestionAPITests.ask(client, "Khi nào xã nạo vét kênh ấp Tân Lợi?", phone: "0911 222 350")
            let question = try #require(asked.json["reference"] as? String)
            let token = try #require(asked.json["token"] as? String)
            let clerk = try await client.token("thu.ky")
            let base = "/api/v1/questions/\(question)"
            #expect(try await client.send(.post, base + "/screen", token: clerk, #"{"decision": "accept"}"#).status == .ok)
            #expect(try await client.send(.post, base + "/assign", token: clerk, #"{"department_id": "xa-tan-thanh.dia-chinh"}"#).status == .ok)
            #expect(try await client.send(.post, base + "/answer", token: try await client.token("can.bo"), #"{"text": "Tháng 12."}"#).status == .ok)
            let tracking = "/questions/\(question)?token=\(token.queryEncodedForTest)"
            #expect(!(try await QuestionAPITests.get(client, tracking).text.contains("/surveys/")), "not before the answer is out")
            #expect(try await client.send(.post, base + "/approve", token: try await client.token("lanh.dao")).status == .ok)
            #expect(try await client.send(.post, base + "/publish", token: clerk).status == .ok)
            let page = try await QuestionAPITests.get(client, tracking).text
            let range = try #require(page.range(of: #"/surveys/question\.[A-Z0-9-]+\.[a-z2-7]{16}"#, options: .regularExpression))
            let path = String(page[range])
            let body =
                #"{"points": {"access": 4, "procedure": 4, "officials": 5, "result": 3, "feedback": 4, "overall": 4}, "comment": "Trả lời rõ"}"#
            func answer(_ body: String) async throws -> HTTPResponse.Status {
                try await client.execute(
                    uri: "/api/v1" + path,
                    method: .post,
                    headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: body)
                ) {
                    $0.status
                }
            }
            #expect(try await answer(#"{"points": {"access": 4}}"#) == .unprocessableContent)
            #expect(try await answer(body) == .created)
            #expect(try await answer(body) == .conflict)

            // A visit answered on paper: the secretariat enters it, marked assisted; an officer may not.
            let (visit, session) = try await Self.visit(client, store, phone: "0903 100 002")
            let day = try await client.send(.get, "/staff/sessions/\(session)", token: clerk)
            #expect(day.text.contains("/staff/surveys/visit/\(visit)"))
            #expect(try await client.send(.get, "/staff/surveys/visit/\(visit)", token: try await client.token("can.bo")).status == .forbidden)
            let form = try await client.send(.get, "/staff/surveys/visit/\(visit)", token: clerk)
            #expect(form.status == .ok && form.text.contains("Cán bộ nhập phiếu giấy"))
            let all = Self.questions.map { "\($0)=5" }.joined(separator: "&")
            #expect(try await Self.post(client, "/staff/surveys/visit/\(visit)", all, token: clerk).status == .seeOther)
            let assisted = try await store.read { database in
                try await database.raw("SELECT assisted, contact_kind FROM survey_answers ORDER BY contact_kind").all().map {
                    (try $0.decode(column: "contact_kind", as: String.self), try $0.decode(column: "assisted", as: Int.self))
                }
            }
            #expect(assisted.map(\.0) == ["question", "visit"] && assisted.map(\.1) == [0, 1])
        }
    }
}
