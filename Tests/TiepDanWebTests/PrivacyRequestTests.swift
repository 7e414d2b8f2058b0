import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Citizens' requests about their data: filed with a token, worked by the secretariat within their clocks, the export
/// of everything held about the person and nothing of anyone else, and a deletion that keeps what the law keeps.
@Suite("Privacy requests")
struct PrivacyRequestTests {
    static let name = "Lê Thị Riêng"
    static let phone = "0912 777 888"

    static func book(
        _ client: any TestClientProtocol,
        _ session: String,
        name: String,
        phone: String,
        idNumber: String = "079186007777"
    ) async throws -> String {
        let body: [String: Any] = [
            "session_id": session, "subject": "Ranh giới đất", "citizen": ["name": name, "phone": phone, "id_number": idNumber],
        ]
        let response = try await client.execute(
            uri: "/api/v1/bookings",
            method: .post,
            headers: [.contentType: "application/json"],
            body: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body))
        ) { $0 }
        return try #require(response.json["reference"] as? String, "\(response.text)")
    }

    static func file(_ client: any TestClientProtocol, _ body: [String: Any], token: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(
            uri: "/api/v1/privacy/requests",
            method: .post,
            headers: headers,
            body: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body))
        ) { $0 }
    }

    @Test("the export of a person who booked twice and asked once holds all three, and nothing of anyone else")
    func export() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, _ in
            let sessions = try await BookingAPITests.sessions(client, limit: 20)
            try #require(sessions.count >= 2)
            let first = try await Self.book(client, sessions[0], name: Self.name, phone: Self.phone)
            let second = try await Self.book(client, sessions[1], name: Self.name, phone: "+84 912 777 888")
            let other = try await Self.book(client, sessions[0], name: "Phan Văn Khác", phone: "0912 000 111", idNumber: "079186001111")
            let asked = try await QuestionAPITests.ask(client, "Khi nào xã sửa cống ấp Tân Lợi?", name: Self.name, phone: "0912.777.888")
            let question = try #require(asked.json["reference"] as? String)
            let token = try #require(asked.json["token"] as? String)
            let othersQuestion = try #require(
                try await QuestionAPITests.ask(client, "Đèn đường ấp 2 hỏng.", name: "Phan Văn Khác", phone: "0912 000 111").json["reference"]
                    as? String
            )

            #expect(try await Self.file(client, ["kind": "access", "reference": question, "token": "wrong"]).status == .notFound)
            let bad = try await Self.file(client, ["kind": "everything", "reference": question, "token": token])
            #expect(bad.status == .unprocessableContent && bad.text.contains(#""field":"kind""#))
            let filed = try await Self.file(client, ["kind": "access", "reference": question, "token": token])
            #expect(filed.status == .created, "\(filed.text)")
            let id = try #require(filed.json["id"] as? String)
            #expect(id.hasPrefix("PR-") && filed.json["acknowledge_by"] is String && filed.json["due_date"] is String)

            let clerk = try await client.token("thu.ky")
            #expect(try await QuestionAPITests.get(client, "/api/v1/privacy/requests", token: clerk).text.contains(id))
            #expect(try await QuestionAPITests.get(client, "/api/v1/privacy/requests/\(id)/export").status == .unauthorized)
            #expect(
                try await QuestionAPITests.get(client, "/api/v1/privacy/requests/\(id)/export", token: try await client.token("can.bo")).status
                    == .forbidden
            )
            let export = try await QuestionAPITests.get(client, "/api/v1/privacy/requests/\(id)/export", token: clerk)
            #expect(export.status == .ok, "\(export.text)")
            let bookings = (export.json["bookings"] as? [[String: Any]] ?? []).compactMap { $0["reference"] as? String }
            let questions = (export.json["questions"] as? [[String: Any]] ?? []).compactMap { $0["reference"] as? String }
            #expect(Set(bookings) == [first, second] && questions == [question], "\(export.text)")
            #expect(export.text.contains(Self.name))
            for absent in [other, othersQuestion, "Phan Văn Khác", "0912 000 111", "Đèn đường ấp 2", "thu.ky"] {
                #expect(!export.text.contains(absent), "\(absent) in the export")
            }

            let staffFiled = try await Self.file(client, ["kind": "correct", "reference": first, "detail": "Sai địa chỉ"], token: clerk)
            #expect(staffFiled.status == .unprocessableContent && staffFiled.text.contains("identity_checked"), "\(staffFiled.text)")
            let desk = try await Self.file(
                client,
                ["kind": "correct", "reference": first, "detail": "Sai địa chỉ", "identity_checked": true],
                token: clerk
            )
            #expect(desk.status == .created)
            let deskID = try #require(desk.json["id"] as? String)
            #expect(try await QuestionAPITests.get(client, "/api/v1/privacy/requests/\(deskID)", token: clerk).json["channel"] as? String == "desk")
            let extended = try await client.send(
                .post,
                "/api/v1/privacy/requests/\(deskID)/extend",
                token: clerk,
                #"{"reason": "Chờ xác minh hồ sơ"}"#
            )
            #expect(extended.status == .ok && extended.json["extended_reason"] as? String == "Chờ xác minh hồ sơ")
            #expect(
                try await client.send(.post, "/api/v1/privacy/requests/\(deskID)/extend", token: clerk, #"{"reason": "Lần nữa"}"#).status == .conflict
            )
            #expect(try await client.send(.post, "/api/v1/privacy/requests/\(deskID)/acknowledge", token: clerk).status == .ok)
            #expect(try await client.send(.post, "/api/v1/privacy/requests/\(deskID)/acknowledge", token: clerk).status == .conflict)
            let refused = try await client.send(.post, "/api/v1/privacy/requests/\(deskID)/complete", token: clerk, #"{"outcome": "refused"}"#)
            #expect(refused.status == .unprocessableContent && refused.text.contains(#""field":"reason""#))
        }
    }

    @Test("a deletion keeps what the law keeps and says why; erases the rest; a request is completed once")
    func deletionKeepsTheLaw() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, _ in
            let sessions = try await BookingAPITests.sessions(client, limit: 20)
            let booking = try await Self.book(client, sessions[0], name: Self.name, phone: Self.phone)
            let open = try await QuestionAPITests.ask(client, "Khi nào xã sửa cống ấp Tân Lợi?", name: Self.name, phone: Self.phone)
            let question = try #require(open.json["reference"] as? String)
            let token = try #require(open.json["token"] as? String)
            let clerk = try await client.token("thu.ky")
            #expect(try await client.send(.post, "/api/v1/questions/\(question)/screen", token: clerk, #"{"decision": "accept"}"#).status == .ok)
            let filed = try await Self.file(client, ["kind": "delete", "reference": question, "token": token])
            let id = try #require(filed.json["id"] as? String)
            let done = try await client.send(.post, "/api/v1/privacy/requests/\(id)/complete", token: clerk, #"{"outcome": "done"}"#)
            #expect(done.status == .ok, "\(done.text)")
            let summary = done.json["outcome_reason"] as? String ?? ""
            #expect(summary.contains("Đã ẩn danh: \(booking)") && summary.contains("\(question): Vụ việc đang được giải quyết"), "\(summary)")
            let kept = try await QuestionAPITests.get(client, "/api/v1/questions/\(question)/submitter", token: clerk)
            #expect(kept.json["name"] as? String == Self.name, "the open case keeps its sender")
            let erased = try await QuestionAPITests.get(client, "/api/v1/bookings/\(booking)", token: clerk)
            #expect(!erased.text.contains(Self.name) && !erased.text.contains("0912777888"), "\(erased.text)")
            #expect(
                try await client.send(.post, "/api/v1/privacy/requests/\(id)/complete", token: clerk, #"{"outcome": "done"}"#).status == .conflict
            )

            let again = try await Self.file(client, ["kind": "delete", "reference": question, "token": token])
            let onlyKept = try #require(again.json["id"] as? String)
            let refusedByLaw = try await client.send(.post, "/api/v1/privacy/requests/\(onlyKept)/complete", token: clerk, #"{"outcome": "done"}"#)
            #expect(refusedByLaw.status == .conflict && refusedByLaw.text.contains("complete the request as refused"), "\(refusedByLaw.text)")
        }
    }

    @Test("the secretariat works a request in the browser: the queue with both clocks, acknowledge, refuse with a reason")
    func pages() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, _ in
            let asked = try await QuestionAPITests.ask(client, "Khi nào xã sửa cống ấp Tân Lợi?", name: Self.name, phone: Self.phone)
            let question = try #require(asked.json["reference"] as? String)
            let token = try #require(asked.json["token"] as? String)
            let id = try #require(try await Self.file(client, ["kind": "object", "reference": question, "token": token]).json["id"] as? String)
            let clerk = try await client.token("thu.ky")
            let queue = try await QuestionAPITests.get(client, "/staff/privacy", token: clerk)
            #expect(queue.status == .ok && queue.text.contains(#"id="row-\#(id)""#) && queue.text.contains("Phản đối xử lý"))
            #expect(queue.text.contains(#"href="/staff/privacy""#), "the navigation leads here")
            #expect(try await SessionDayPagesTests.post(client, "/staff/privacy/\(id)/acknowledge", token: clerk, "").status == .seeOther)
            let refused = try await SessionDayPagesTests.post(client, "/staff/privacy/\(id)/complete", token: clerk, "outcome=refused")
            #expect(refused.status == .unprocessableContent && refused.text.contains("error-summary"))
            let reason = "Vi%E1%BB%87c+x%E1%BB%AD+l%C3%BD+l%C3%A0+nhi%E1%BB%87m+v%E1%BB%A5+theo+lu%E1%BA%ADt"
            #expect(
                try await SessionDayPagesTests.post(client, "/staff/privacy/\(id)/complete", token: clerk, "outcome=refused&reason=\(reason)").status
                    == .seeOther
            )
            let page = try await QuestionAPITests.get(client, "/staff/privacy/\(id)", token: clerk)
            #expect(
                page.text.contains("Đã từ chối") && page.text.contains("Việc xử lý là nhiệm vụ theo luật") && !page.text.contains(#"id="complete""#)
            )
            let export = try await QuestionAPITests.get(client, "/staff/privacy/\(id)/export", token: clerk)
            #expect(export.status == .ok && export.text.contains(Self.name) && export.text.contains("Khi nào xã sửa cống"))
            #expect(try await QuestionAPITests.get(client, "/staff/privacy", token: try await client.token("can.bo")).status == .forbidden)
        }
    }
}
