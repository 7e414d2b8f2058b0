import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing
import TiepDanCore
import TiepDanStore

/// Questions over HTTP: intake, the lifecycle with its refusals, privacy and secrecy.
@Suite("Question API")
struct QuestionAPITests {
    static let tracking = HTTPField.Name("X-Tracking-Token")!

    static func ask(
        _ client: any TestClientProtocol,
        _ text: String,
        category: String = "question",
        name: String = "Trần Văn Mười",
        phone: String = "0911 222 333",
        extra: [String: Any] = [:],
        token: String? = nil
    ) async throws -> TestResponse {
        var citizen: [String: Any] = ["name": name, "phone": phone, "address": "Ấp Tân Lợi"]
        // Since July 2026 whoever complains, denounces or petitions gives an identity paper.
        if ["complaint", "denunciation", "petition"].contains(category) { citizen["id_number"] = "079 186 001 234" }
        var object: [String: Any] = [
            "organisation_id": "xa-tan-thanh", "category": category, "text": text, "publish_consent": true,
            "broadcast_consent": true, "citizen": citizen,
        ]
        for (key, value) in extra { object[key] = value }
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(
            uri: "/api/v1/questions",
            method: .post,
            headers: headers,
            body: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
        )
    }

    static func get(_ client: any TestClientProtocol, _ uri: String, token: String? = nil) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: token.map { [.authorization: "Bearer \($0)"] } ?? [:])
    }

    @Test("a question goes from submission to a rated, published answer; every illegal step is 409 and each role keeps to its part")
    func lifecycle() async throws {
        try await TestApp.run { client in
            let payload = "<script>alert('x')</script> Đường xã ấp Tân Lợi ngập; gọi tôi 0911 222 333'; DROP TABLE questions; --"
            let created = try await Self.ask(client, payload)
            #expect(created.status == .created, "\(created.text)")
            let reference = try #require(created.json["reference"] as? String)
            let token = try #require(created.json["token"] as? String)
            #expect(reference.range(of: #"^Q-\d{4}-\d{6}$"#, options: .regularExpression) != nil)
            let today = ZoneClock(RFC3339.vietnam).day(of: Date())
            let holidays = ScheduleSet.load(directory: TestApp.schedulesDirectory).holidays
            #expect(
                created.json["due_date"] as? String == holidays.adding(workingDays: 10, to: today).description,
                "10 working days, holidays and weekends skipped"
            )

            let clerk = try await client.token("thu.ky")
            let leader = try await client.token("lanh.dao")
            let officer = try await client.token("can.bo")
            let otherOfficer = try await client.token("can.bo.khac")
            let base = "/api/v1/questions/\(reference)"
            #expect(try await client.send(.post, base + "/approve", token: leader).status == .conflict)
            #expect(try await client.send(.post, base + "/screen", token: leader, #"{"decision": "accept"}"#).status == .forbidden)
            #expect(
                try await client.send(.post, base + "/screen", token: clerk, #"{"decision": "reject"}"#).status == .unprocessableContent,
                "a rejection needs its reason"
            )
            #expect(try await client.send(.post, base + "/screen", token: clerk, #"{"decision": "maybe"}"#).status == .unprocessableContent)
            #expect(try await client.send(.post, base + "/assign", token: clerk, #"{"department_id": "xa-tan-thanh.dia-chinh"}"#).status == .conflict)
            #expect(try await client.send(.post, base + "/screen", token: clerk, #"{"decision": "accept"}"#).status == .ok)
            #expect(try await client.send(.post, base + "/screen", token: clerk, #"{"decision": "accept"}"#).status == .conflict)
            #expect(
                try await client.send(.post, base + "/assign", token: clerk, #"{"department_id": "tinh-dong-thap.so-tnmt"}"#).status
                    == .unprocessableContent
            )
            #expect(
                try await client.send(
                    .post,
                    base + "/assign",
                    token: clerk,
                    #"{"department_id": "xa-tan-thanh.dia-chinh", "due_date": "2099-01-01"}"#
                )
                .status == .ok
            )
            #expect(
                try await client.send(.post, base + "/answer", token: otherOfficer, #"{"text": "Không phải việc của tôi"}"#).status == .notFound,
                "another department's officer does not even see it"
            )
            try await client.send(.get, "/api/v1/questions", token: otherOfficer) { response in
                #expect((response.json["items"] as? [Any])?.isEmpty == true)
            }
            try await client.send(.get, "/api/v1/questions", token: officer) { response in
                #expect((response.json["items"] as? [[String: Any]])?.map { $0["reference"] as? String } == [reference])
            }
            #expect(try await client.send(.post, base + "/publish", token: clerk).status == .conflict)
            let answered = try await client.send(
                .post,
                base + "/answer",
                token: officer,
                #"{"text": "Tháng 12 sẽ nâng cấp. Liên hệ 0277 3851 234."}"#
            )
            #expect(answered.status == .ok && answered.json["status"] as? String == "answered")
            #expect(try await client.send(.post, base + "/approve", token: clerk).status == .forbidden)
            #expect(try await client.send(.post, base + "/approve", token: leader).status == .ok)
            #expect(try await client.send(.post, base + "/publish", token: clerk).status == .ok)

            try await client.execute(uri: base, method: .get, headers: [Self.tracking: token]) { response in
                #expect(response.status == .ok)
                #expect(response.json["text"] as? String == payload, "the API returns the text verbatim")
                #expect(response.json["answer"] as? String == "Tháng 12 sẽ nâng cấp. Liên hệ 0277 3851 234.")
                let history = response.json["history"] as? [[String: Any]] ?? []
                #expect(history.map { $0["action"] as? String } == ["submitted", "accept", "assign", "answer", "approve", "publish"])
            }
            try await client.execute(uri: base, method: .get, headers: [Self.tracking: "sai"]) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/api/v1/public/questions?organisation=xa-tan-thanh", method: .get) { response in
                let item = try #require((response.json["items"] as? [[String: Any]])?.first)
                let text = try #require(item["text"] as? String)
                #expect(text.contains("<script>alert('x')</script>"), "JSON carries the text as sent; pages escape it")
                #expect(text.contains("0911") == false && text.contains("[đã ẩn số điện thoại]"))
                #expect(item["citizen"] == nil && response.text.contains("Trần Văn Mười") == false)
            }
            let rated = try await client.execute(
                uri: base + "/rating",
                method: .post,
                headers: [Self.tracking: token, .contentType: "application/json"],
                body: ByteBuffer(string: #"{"score": 5}"#)
            )
            #expect(rated.status == .ok && rated.json["rating"] as? Int == 5)
            let again = try await client.execute(
                uri: base + "/rating",
                method: .post,
                headers: [Self.tracking: token, .contentType: "application/json"],
                body: ByteBuffer(string: #"{"score": 1}"#)
            )
            #expect(again.status == .conflict)
        }
    }

    @Test("four eyes: whoever drafted an answer cannot approve it; a leader returns a draft with a comment its sender never sees")
    func fourEyes() async throws {
        try await TestApp.run { client in
            let created = try await Self.ask(client, "Xin hỏi thủ tục tách thửa đất nông nghiệp cần giấy tờ gì?")
            let reference = try #require(created.json["reference"] as? String)
            let token = try #require(created.json["token"] as? String)
            let (clerk, leader, officer) = (try await client.token("thu.ky"), try await client.token("lanh.dao"), try await client.token("can.bo"))
            let base = "/api/v1/questions/\(reference)"
            #expect(try await client.send(.post, base + "/screen", token: clerk, #"{"decision": "accept"}"#).status == .ok)
            #expect(try await client.send(.post, base + "/assign", token: clerk, #"{"department_id": "xa-tan-thanh.dia-chinh"}"#).status == .ok)
            #expect(try await client.send(.post, base + "/answer", token: leader, #"{"text": "Cần đơn đề nghị tách thửa."}"#).status == .ok)
            let own = try await client.send(.post, base + "/approve", token: leader)
            #expect(own.status == .forbidden && own.text.contains("drafted"), "\(own.text)")
            let empty = try await client.send(.post, base + "/return", token: leader, #"{"comment": " "}"#)
            #expect(empty.status == .unprocessableContent)
            #expect(try await client.send(.post, base + "/return", token: officer, #"{"comment": "Thiếu hồ sơ"}"#).status == .forbidden)
            let returned = try await client.send(.post, base + "/return", token: leader, #"{"comment": "Bổ sung bản đồ địa chính, ghi rõ thời hạn"}"#)
            #expect(returned.status == .ok && returned.json["status"] as? String == "assigned", "\(returned.text)")
            let tracked = try await client.execute(uri: base + "?token=\(token)", method: .get) { $0.text }
            #expect(tracked.contains("\"return\"") && !tracked.contains("Bổ sung bản đồ"), "the sender sees the step, not the comment")
            let staffView = try await client.send(.get, "/staff/questions/\(reference)", token: clerk).text
            #expect(staffView.contains("Bổ sung bản đồ"), "staff see the comment in the history")
            let revised = #"{"text": "Cần đơn đề nghị tách thửa và bản đồ địa chính; giải quyết trong 15 ngày."}"#
            #expect(try await client.send(.post, base + "/answer", token: officer, revised).status == .ok)
            #expect(try await client.send(.post, base + "/approve", token: leader).status == .ok, "another's draft")
        }
    }

    @Test("bad input answers 422 naming the field and writes nothing; a citizen cannot claim a staff channel")
    func badInput() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client in
            let cases: [([String: Any], String)] = [
                (["category": "gossip"], "category"),
                (["text": "ngắn"], "text"),
                (["organisation_id": "khong-co"], "organisation_id"),
                (["channel": "zalo"], "channel"),
                (["citizen": ["name": "A"]], "citizen.name"),
                (["citizen": ["name": "Nguyễn Văn A", "phone": "123"]], "citizen.phone"),
                (["category": "denunciation", "citizen": ["name": "Nguyễn Văn A"]], "citizen"),
                // Law 136/2025/QH15: a complaint, denunciation or petition names its sender's address and identity paper.
                (["category": "complaint", "citizen": ["name": "Nguyễn Văn A", "phone": "0911 222 333"]], "citizen.id_number"),
                (["category": "petition", "citizen": ["name": "Nguyễn Văn A", "phone": "0911 222 333"]], "citizen.address"),
                (["category": "complaint", "citizen": ["name": "Nguyễn Văn A", "address": "Ấp 1", "id_number": "12345"]], "citizen.id_number"),
                (
                    [
                        "category": "complaint",
                        "citizen": ["name": "Nguyễn Văn A", "address": "Ấp 1", "id_type": "bằng lái", "id_number": "B1234567"],
                    ],
                    "citizen.id_type"
                ),
            ]
            for (extra, field) in cases {
                let response = try await Self.ask(client, "Một câu hỏi đủ dài để gửi", extra: extra)
                #expect(response.status == .unprocessableContent, "\(extra)")
                let fields = (response.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
                #expect(fields.contains(field), "\(fields) should name \(field)")
            }
            let clerk = try await client.token("thu.ky")
            try await client.send(.get, "/api/v1/questions", token: clerk) { response in
                #expect((response.json["items"] as? [Any])?.isEmpty == true, "nothing was written")
            }
            let session = try await client.execute(
                uri: "/api/v1/sessions?organisation=xa-tan-thanh&kind=reception&from=2020-01-01&to=2020-12-31",
                method: .get
            ) { ($0.json["items"] as? [[String: Any]])?.first?["id"] as? String }
            #expect(session == nil)
            let closed = try await Self.ask(client, "Câu hỏi cho buổi tiếp không có thật", extra: ["session_id": "xa-tan-thanh.khong-co"])
            #expect(closed.status == .conflict)
            let passport = try await Self.ask(
                client,
                "Khiếu nại của người có hộ chiếu về việc cấp phép",
                extra: [
                    "category": "complaint", "citizen": ["name": "Lý Văn Sáu", "address": "Ấp 2", "id_type": "passport", "id_number": "c 1234567"],
                ]
            )
            #expect(passport.status == .created, "another paper named is accepted: \(passport.text)")
            let staffEntry = try await Self.ask(client, "Cử tri gọi đường dây nóng hỏi về điện", extra: ["channel": "hotline"], token: clerk)
            #expect(staffEntry.status == .created)
        }
    }

    @Test("information about wrongdoing comes without a name, is handled as information, not sealed as a denouncer's, and never published")
    func information() async throws {
        try await TestApp.run { client, store in
            let created = try await Self.ask(
                client,
                "Cán bộ thu thuế chợ xã thu tiền không có biên lai, có ảnh chụp kèm theo",
                category: "information",
                name: "",
                phone: "",
                extra: ["session_id": "xa-tan-thanh.doi-thoai-phat-thanh.20261226"]
            )
            #expect(created.status == .created, "\(created.text)")
            let reference = try #require(created.json["reference"] as? String)
            let stored = try await store.read { database in
                try await database.raw(
                    """
                    SELECT q.publish_consent, q.session_id, c.name, c.sealed FROM questions q
                    JOIN question_citizens c ON c.reference = q.reference WHERE q.reference = \(bind: reference)
                    """
                ).first()
            }
            #expect(try stored?.decode(column: "publish_consent", as: Int.self) == 0, "never published, whatever was ticked")
            #expect(try stored?.decode(column: "session_id", as: String?.self) == nil, "never read on air")
            #expect(try stored?.decode(column: "name", as: String?.self) == nil && stored?.decode(column: "sealed", as: String?.self) == nil)
            let clerk = try await client.token("thu.ky")
            let leader = try await client.token("lanh.dao")
            let officer = try await client.token("can.bo")
            let base = "/api/v1/questions/\(reference)"
            #expect(try await client.send(.post, base + "/screen", token: clerk, #"{"decision": "accept"}"#).status == .ok)
            #expect(try await client.send(.post, base + "/withdraw", token: clerk, #"{"scope": "all", "reason": "x y z"}"#).status == .conflict)
            _ = try await client.send(.post, base + "/assign", token: clerk, #"{"department_id": "xa-tan-thanh.dia-chinh"}"#)
            #expect(try await Self.get(client, base + "/submitter", token: clerk).json["sealed"] as? Bool == false)
            _ = try await client.send(.post, base + "/answer", token: officer, #"{"text": "Đã kiểm tra, xử lý theo thẩm quyền."}"#)
            _ = try await client.send(.post, base + "/approve", token: leader)
            #expect(try await client.send(.post, base + "/publish", token: clerk).status == .ok)
            try await client.execute(uri: "/api/v1/public/questions?organisation=xa-tan-thanh", method: .get) {
                #expect(!$0.text.contains(reference) && !$0.text.contains("biên lai"))
            }
            // Anything else keeps its signature.
            let unsigned = try await Self.ask(client, "Một câu hỏi không ký tên gửi cơ quan", name: "")
            #expect(unsigned.status == .unprocessableContent)
        }
    }

    @Test("a denouncer's identity is sealed in the database, hidden from the secretariat, shown to the handler, and each look audited")
    func denunciation() async throws {
        try await TestApp.run { client, store in
            let created = try await Self.ask(
                client,
                "Tố cáo cán bộ địa chính nhận tiền khi cấp sổ đỏ",
                category: "denunciation",
                name: "Đặng Thị Kín",
                phone: "0988 777 666"
            )
            #expect(created.status == .created)
            let reference = try #require(created.json["reference"] as? String)
            let stored = try await store.read { database in
                try await database.raw("SELECT name, phone, sealed FROM question_citizens").first()
            }
            #expect(try stored?.decode(column: "name", as: String?.self) == nil)
            #expect(try stored?.decode(column: "phone", as: String?.self) == nil)
            let sealed = try #require(try stored?.decode(column: "sealed", as: String?.self))
            #expect(sealed.contains("Kín") == false && sealed.hasPrefix("v1:"))
            let plainID = try await store.read { database in
                try await database.raw("SELECT id_number FROM question_citizens").first()?.decode(column: "id_number", as: String?.self)
            }
            #expect(plainID == nil, "a denouncer's ID number is in the seal only")

            let clerk = try await client.token("thu.ky")
            let officer = try await client.token("can.bo")
            let admin = try await client.token("admin")
            #expect(try await Self.get(client, "/api/v1/questions/\(reference)/submitter", token: clerk).status == .forbidden)
            _ = try await client.send(.post, "/api/v1/questions/\(reference)/screen", token: clerk, #"{"decision": "accept"}"#)
            _ = try await client.send(.post, "/api/v1/questions/\(reference)/assign", token: clerk, #"{"department_id": "xa-tan-thanh.dia-chinh"}"#)
            #expect(try await Self.get(client, "/api/v1/questions/\(reference)/submitter", token: clerk).status == .forbidden)
            let seen = try await Self.get(client, "/api/v1/questions/\(reference)/submitter", token: officer)
            #expect(seen.status == .ok && seen.json["name"] as? String == "Đặng Thị Kín" && seen.json["sealed"] as? Bool == true)
            #expect(seen.json["id_number"] as? String == "079186001234" && seen.json["id_type"] as? String == "cccd")
            #expect(try await Self.get(client, "/api/v1/questions/\(reference)/submitter", token: admin).status == .ok)
            let trail = try await store.read { try await AuditLog.trail(kind: "question", id: reference, on: $0) }
            #expect(trail.filter { $0.action == "view_denouncer" }.count == 2)
            #expect(trail.contains { ($0.after ?? "").contains("Kín") || ($0.before ?? "").contains("Kín") } == false)
            let accepted = try await Self.get(client, "/api/v1/questions?organisation=xa-tan-thanh", token: clerk)
            #expect(accepted.text.contains("Kín") == false && accepted.text.contains("0988") == false)
            let due = try await Self.get(client, "/api/v1/questions/\(reference)", token: clerk)
            #expect(due.json["due_date"] as? String != created.json["due_date"] as? String, "acceptance starts the 30-day resolution limit")
        }
    }

    @Test("extensions within the law; duplicates and search fold diacritics; the honeypot flags instead of dropping; public writes are limited")
    func screening() async throws {
        try await TestApp.run(publicWritesPerMinute: 6) { client in
            let clerk = try await client.token("thu.ky")
            let complaint = try #require(
                try await Self.ask(client, "Khiếu nại quyết định bồi thường khi thu hồi đất", category: "complaint")
                    .json["reference"] as? String
            )
            _ = try await client.send(.post, "/api/v1/questions/\(complaint)/screen", token: clerk, #"{"decision": "accept"}"#)
            let current = try await Self.get(client, "/api/v1/questions/\(complaint)", token: clerk).json["due_date"] as? String ?? ""
            let due = try #require(CivilDate(iso: current))
            #expect(
                try await client.send(
                    .post,
                    "/api/v1/questions/\(complaint)/extend",
                    token: clerk,
                    #"{"due_date": "\#(due.adding(days: 40))", "reason": "phức tạp"}"#
                ).status == .unprocessableContent,
                "one extension adds at most 15 days"
            )
            #expect(
                try await client.send(
                    .post,
                    "/api/v1/questions/\(complaint)/extend",
                    token: clerk,
                    #"{"due_date": "\#(due.adding(days: 10))", "reason": "Vụ việc phức tạp"}"#
                ).status == .ok
            )
            #expect(
                try await client.send(
                    .post,
                    "/api/v1/questions/\(complaint)/extend",
                    token: clerk,
                    #"{"due_date": "\#(due.adding(days: 12))", "reason": "lần hai"}"#
                ).status == .conflict
            )

            let first = try #require(try await Self.ask(client, "Đường xã ấp Tân Lợi ngập nặng mỗi khi mưa").json["reference"] as? String)
            let second = try await Self.ask(client, "duong xa ap tan loi ngap nang", phone: "0911 000 999")
            let secondReference = try #require(second.json["reference"] as? String)
            let similar = try await Self.get(client, "/api/v1/questions/\(secondReference)/similar", token: clerk)
            #expect((similar.json["items"] as? [[String: Any]])?.first?["reference"] as? String == first)
            let found = try await Self.get(client, "/api/v1/questions/search?q=DUONG%20XA", token: clerk)
            #expect(Set((found.json["items"] as? [[String: Any]] ?? []).compactMap { $0["reference"] as? String }) == [first, secondReference])

            let bot = try await Self.ask(client, "Mua thuốc giá rẻ tại website của chúng tôi", extra: ["website": "http://spam.example"])
            #expect(bot.status == .created, "kept for screening, never dropped")
            let botReference = try #require(bot.json["reference"] as? String)
            #expect(
                (try await Self.get(client, "/api/v1/questions/\(botReference)", token: clerk).json["subject"] as? String)?
                    .hasPrefix("[kiểm tra") == true
            )
            var statuses: [Int] = []
            for index in 0..<4 { statuses.append(try await Self.ask(client, "Câu hỏi số \(index) về điện chiếu sáng").status.code) }
            #expect(statuses.contains(429), "\(statuses)")
        }
    }

    @Test("a merged asker is counted on the question it joined and reads the answer given to it, masked as the public reads it")
    func merged() async throws {
        try await TestApp.run { client in
            let clerk = try await client.token("thu.ky")
            let leader = try await client.token("lanh.dao")
            let officer = try await client.token("can.bo")
            let first = try #require(try await Self.ask(client, "Khi nào lắp đèn đường ấp Tân Lợi?").json["reference"] as? String)
            let second = try await Self.ask(client, "Đề nghị lắp đèn chiếu sáng đường ấp Tân Lợi", phone: "0911 555 666")
            let secondReference = try #require(second.json["reference"] as? String)
            let secondToken = try #require(second.json["token"] as? String)
            #expect((second.json["similar"] as? [Any])?.isEmpty == true, "a citizen is never shown others' unanswered questions")
            #expect(
                try await client.send(
                    .post,
                    "/api/v1/questions/\(secondReference)/screen",
                    token: clerk,
                    #"{"decision": "merge", "merge_into": "\#(first)", "reason": "cùng nội dung"}"#
                ).status == .ok
            )
            #expect(try await Self.get(client, "/api/v1/questions/\(first)", token: clerk).json["supporters"] as? Int == 1)
            for (path, token, body) in [
                ("screen", clerk, #"{"decision": "accept"}"#),
                ("assign", clerk, #"{"department_id": "xa-tan-thanh.dia-chinh"}"#),
                ("answer", officer, #"{"text": "Tháng 1 năm sau lắp xong. Hộ ông Mười (0911 222 333) đã đồng ý cho đặt trụ."}"#),
                ("approve", leader, "{}"), ("publish", clerk, "{}"),
            ] {
                #expect(try await client.send(.post, "/api/v1/questions/\(first)/\(path)", token: token, body).status == .ok, "\(path)")
            }
            try await client.execute(uri: "/api/v1/questions/\(secondReference)", method: .get, headers: [Self.tracking: secondToken]) { response in
                #expect(response.json["status"] as? String == "merged")
                #expect(response.json["merged_into"] as? String == first)
                // Someone else's case: the merged asker reads the answer as the public does, the phone masked.
                let answer = response.json["answer"] as? String ?? ""
                #expect(answer.hasPrefix("Tháng 1 năm sau lắp xong.") && !answer.contains("0911 222 333") && answer.contains("[đã ẩn số điện thoại]"))
            }
            try await client.execute(uri: "/api/v1/questions/\(first)", method: .get, headers: [Self.tracking: "x"]) {
                #expect($0.status == .notFound)
            }
            let third = try await Self.ask(client, "Bao giờ có đèn đường ở ấp Tân Lợi? Gọi 0911 777 888", phone: "0911 777 888")
            let suggested = (third.json["similar"] as? [[String: Any]] ?? []).compactMap { $0["reference"] as? String }
            #expect(suggested == [first], "the published answer is suggested to the next citizen asking the same")
        }
    }
}
