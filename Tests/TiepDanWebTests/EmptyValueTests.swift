import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing

/// Pages with values that are not there yet (no merge, no answer, no outcome, no note) show nothing
/// for them: no label without its value, no bare colon, no `Optional(`, no dictionary key.
@Suite("Empty values")
struct EmptyValueTests {
    /// The blemishes an absent value used to leave in `html`, each as the snippet where it stands.
    static func blemishes(in html: String) -> [String] {
        var body = html
        for block in ["style", "script"] {
            body = body.replacingOccurrences(of: "<\(block)[^>]*>[\\s\\S]*?</\(block)>", with: "", options: .regularExpression)
        }
        let patterns = [
            #"Optional\("#, #"question_status_\w+"#, #"booking_status_\w+"#, #"\bt\.\w+"#,
            // A label's colon followed, past any tags, by another colon, a separator or the end of its element.
            #":\s*(<[^>]+>\s*)*(:|·|</p>|</dd>|</li>)"#,
            #"<dd[^>]*>\s*</dd>"#, #"<strong[^>]*>\s*</strong>"#,
        ]
        return patterns.flatMap { pattern in
            body.ranges(of: try! Regex(pattern)).map { range in
                let from = body.index(range.lowerBound, offsetBy: -40, limitedBy: body.startIndex) ?? body.startIndex
                let to = body.index(range.upperBound, offsetBy: 20, limitedBy: body.endIndex) ?? body.endIndex
                return String(body[from..<to])
            }
        }
    }

    @Test("the tracking page of a question never merged, not answered, without notes")
    func tracking() async throws {
        try await TestApp.run { client in
            let created = try await QuestionAPITests.ask(client, "Đường ấp Tân Lợi ngập sau mỗi trận mưa lớn")
            let reference = try #require(created.json["reference"] as? String)
            let token = try #require(created.json["token"] as? String)
            try await client.execute(uri: "/questions/\(reference)?token=\(token)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("Đã gộp vào câu hỏi"), "never merged: no merge label")
                #expect(!response.text.contains(#"id="question-answer""#), "no answer yet")
                #expect(response.text.contains(#"id="question-due""#), "open: the due date shows")
                #expect(Self.blemishes(in: response.text) == [])
            }
        }
    }

    @Test("the day list with visitors checked in but no outcome, and an outcome without detail")
    func dayList() async throws {
        try await TestApp.run { client, store in
            let session = try await BookingAPITests.session(client)
            let first = try await SessionDayTests.book(client, session, phone: "0903 000 001")
            let second = try await SessionDayTests.book(client, session, phone: "0903 000 002")
            _ = try await SessionDayTests.book(client, session, phone: "0903 000 003")
            let now = Int64(Date().timeIntervalSince1970)
            try await store.transaction { database in
                try await database.raw(
                    "UPDATE sessions SET starts_at = \(bind: now - 3600), ends_at = \(bind: now + 3 * 3600) WHERE id = \(bind: session)"
                ).run()
            }
            let clerk = try await client.token("thu.ky")
            _ = try await client.send(.post, "/api/v1/bookings/\(first)/check-in", token: clerk, "")
            _ = try await client.send(.post, "/api/v1/bookings/\(second)/check-in", token: clerk, "")
            let accepted = try await client.send(
                .post,
                "/api/v1/bookings/\(second)/outcome",
                token: clerk,
                #"{"outcome": "accepted", "category": "petition", "id_number": "079186005678", "address": "Ấp 1"}"#
            )
            #expect(accepted.status == .ok)
            try await client.send(.get, "/staff/sessions/\(session)", token: clerk) { response in
                #expect(response.status == .ok)
                #expect(response.text.components(separatedBy: #"class="outcome""#).count == 2, "one outcome recorded, one shown")
                #expect(Self.blemishes(in: response.text) == [])
            }
        }
    }

    @Test("the staff question list and its filters, in both languages")
    func staffQuestions() async throws {
        try await TestApp.run { client in
            _ = try await QuestionAPITests.ask(client, "Xin hỏi về lịch cấp giấy chứng nhận quyền sử dụng đất")
            let clerk = try await client.token("thu.ky")
            for uri in ["/staff/questions", "/staff/questions?status=submitted&due=overdue", "/staff/questions?lang=en&status=accepted"] {
                try await client.send(.get, uri, token: clerk) { response in
                    #expect(response.status == .ok)
                    #expect(Self.blemishes(in: response.text) == [], "\(uri)")
                }
            }
            try await client.send(.get, "/staff/questions?status=submitted", token: clerk) {
                response in
                #expect(response.text.contains(#"<option value="submitted" selected>"#))
            }
        }
    }

    @Test("the checker itself finds each blemish the old pages had")
    func checkerFindsThem() {
        #expect(Self.blemishes(in: "<dl><div><dt>Đã gộp vào câu hỏi</dt><dd></dd></div></dl>").count == 1)
        #expect(Self.blemishes(in: "<p>Đã tiếp lúc 08:00 · Kết quả: <strong class=\"outcome\"></strong>: </p>").count >= 2)
        #expect(Self.blemishes(in: "<option>question_status_Optional(\"submitted\")</option>").count == 2)
        #expect(Self.blemishes(in: "<p>Kết quả: <strong>Tiếp nhận</strong></p><style>a:hover{}</style>") == [])
    }
}
