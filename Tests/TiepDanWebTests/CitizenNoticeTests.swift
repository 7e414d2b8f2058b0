import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TiepDanCore
import TiepDanStore

/// A citizen who books or asks hears back at once, in the same transaction as the booking or question: the reference,
/// the session and a link under the service's public address that opens what they made, only when they agreed.
@Suite("Citizens hear back")
struct CitizenNoticeTests {
    /// The path and query of `link`, which must start with the public address.
    static func path(of link: String) throws -> String {
        #expect(link.hasPrefix("http://localhost:8080/"), "\(link)")
        return String(link.dropFirst("http://localhost:8080".count))
    }

    /// The first link in `text` under the public address.
    static func link(in text: String, path: String) throws -> String {
        let range = try #require(text.range(of: #"http://localhost:8080\#(path)[^\s]*"#, options: .regularExpression), "\(text)")
        return String(text[range])
    }

    @Test("booked: an SMS and an e-mail with the session, the .ics and a link that opens the booking; nothing without consent")
    func booking() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, store in
            let session = try await BookingAPITests.session(client)
            let (reference, token) = try await client.execute(
                uri: "/api/v1/bookings",
                method: .post,
                headers: BookingAPITests.json,
                body: BookingAPITests.body(session, ["messages_consent": true, "reply_channel": "sms"], citizen: ["email": "binh@example.vn"])
            ) { response in
                #expect(response.status == .created, "\(response.text)")
                return (try #require(response.json["reference"] as? String), try #require(response.json["token"] as? String))
            }
            let outbox = NotificationOutbox(store: store)
            let notices = try await outbox.notices(aboutKind: "booking", aboutID: reference)
            #expect(Set(notices.map(\.notice.channel)) == [.sms, .email], "text messages, as the citizen chose, not Zalo")
            let sms = try #require(notices.first { $0.notice.channel == .sms }?.notice)
            #expect(sms.recipient == "0912 345 678" && sms.body.contains(reference) && sms.body.count <= 160)
            #expect(try Self.link(in: sms.body, path: "/n/").hasPrefix("http://localhost:8080/n/\(reference)/"))
            let mail = try #require(notices.first { $0.notice.channel == .email }?.notice)
            #expect(mail.recipient == "binh@example.vn" && mail.subject.contains(reference))
            #expect(mail.body.contains("Kính gửi Trần Thị Bình") && mail.body.contains("thẻ căn cước"))
            #expect(mail.attachment?.content.contains("UID:\(reference)@tiepdan") == true)
            let link = try Self.link(in: mail.body, path: "/b/")
            #expect(link.contains(token.queryEncodedForTest) || link.contains(token))
            // Followed, the link opens the booking's page.
            let location = try await client.execute(uri: try Self.path(of: link), method: .get) { response in
                #expect(response.status == .seeOther)
                return try #require(response.headers[.location])
            }
            let page = try await QuestionAPITests.get(client, location)
            #expect(page.status == .ok && page.text.contains(reference) && page.text.contains("Trần Thị Bình"), "\(location) \(page.status)")

            // Without the consent, a booking queues nothing.
            let quiet = try await client.execute(
                uri: "/api/v1/bookings",
                method: .post,
                headers: BookingAPITests.json,
                body: BookingAPITests.body(session, phone: "0912 345 600", citizen: ["id_number": "079123456700"])
            ) { try #require($0.json["reference"] as? String) }
            #expect(try await outbox.notices(aboutKind: "booking", aboutID: quiet).isEmpty)
        }
    }

    @Test("asked: an e-mail with the reference, the due date and a link that opens the tracking page")
    func question() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, store in
            let asked = try await QuestionAPITests.ask(
                client,
                "Xin hỏi khi nào xã sửa đường liên ấp?",
                extra: ["messages_consent": true, "citizen": ["name": "Trần Văn Mười", "phone": "0911 222 333", "email": "muoi@example.vn"]]
            )
            let reference = try #require(asked.json["reference"] as? String)
            let notices = try await NotificationOutbox(store: store).notices(aboutKind: "question", aboutID: reference)
            #expect(Set(notices.map(\.notice.channel)) == [.zalo, .email], "\(notices)")
            let mail = try #require(notices.first { $0.notice.channel == .email }?.notice)
            #expect(mail.subject.contains(reference) && mail.body.contains("Hạn trả lời theo luật"))
            let location = try await client.execute(uri: try Self.path(of: try Self.link(in: mail.body, path: "/q/")), method: .get) {
                try #require($0.headers[.location])
            }
            let page = try await QuestionAPITests.get(client, location)
            #expect(page.status == .ok && page.text.contains("khi nào xã sửa đường"))
        }
    }

    @Test("asked to clarify, then answered: the sender is told each time, with what is asked; nothing without consent")
    func clarificationAndAnswer() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, store in
            let outbox = NotificationOutbox(store: store)
            let clerk = try await client.token("thu.ky")
            func ask(_ text: String, consent: Bool) async throws -> String {
                let asked = try await QuestionAPITests.ask(
                    client,
                    text,
                    extra: ["messages_consent": consent, "citizen": ["name": "Trần Văn Mười", "phone": "0911 222 333", "email": "muoi@example.vn"]]
                )
                let reference = try #require(asked.json["reference"] as? String, "\(asked.text)")
                #expect(try await client.send(.post, "/api/v1/questions/\(reference)/screen", token: clerk, #"{"decision": "accept"}"#).status == .ok)
                return reference
            }
            func kinds(_ reference: String) async throws -> [String] {
                try await outbox.notices(aboutKind: "question", aboutID: reference).filter { $0.notice.channel == .email }.map(\.notice.subject)
            }
            let unclear = try await ask("Xin hỏi về việc cấp đất?", consent: true)
            let request = #"{"request": "Xin ghi rõ thửa đất số mấy, tờ bản đồ nào"}"#
            #expect(try await client.send(.post, "/api/v1/questions/\(unclear)/clarify", token: clerk, request).status == .ok)
            let asking = try await outbox.notices(aboutKind: "question", aboutID: unclear).filter { $0.notice.channel == .email }
            #expect(asking.count == 2, "received, then the request")
            // Queued in the same second, the two come in no set order.
            let asked = try #require(asking.first { $0.notice.subject.contains("bổ sung") })
            #expect(asked.notice.body.contains("Xin ghi rõ thửa đất số mấy"))

            let answered = try await ask("Khi nào xã sửa cống ấp 3?", consent: true)
            let base = "/api/v1/questions/\(answered)"
            #expect(try await client.send(.post, base + "/assign", token: clerk, #"{"department_id": "xa-tan-thanh.dia-chinh"}"#).status == .ok)
            #expect(
                try await client.send(.post, base + "/answer", token: try await client.token("can.bo"), #"{"text": "Tháng 12 xã sửa."}"#).status
                    == .ok
            )
            #expect(try await client.send(.post, base + "/approve", token: try await client.token("lanh.dao")).status == .ok)
            #expect(try await kinds(answered).count == 1, "drafting and approving tell the sender nothing")
            #expect(try await client.send(.post, base + "/publish", token: clerk).status == .ok)
            let told = try await kinds(answered)
            #expect(told.count == 2 && told.contains { $0.contains("Đã có câu trả lời") }, "\(told)")

            let quiet = try await ask("Xin hỏi lịch tiêm chủng?", consent: false)
            #expect(try await client.send(.post, "/api/v1/questions/\(quiet)/clarify", token: clerk, request).status == .ok)
            #expect(try await outbox.notices(aboutKind: "question", aboutID: quiet).isEmpty)
        }
    }

    @Test("the citizen chooses how to hear back: Zalo unless they choose text or e-mail; a choice they gave no contact for is 422")
    func replyChannel() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, store in
            let session = try await BookingAPITests.session(client)
            let form = try await QuestionAPITests.get(client, "/book/details?session=\(session)")
            let zalo = try #require(form.text.range(of: #"<input type="radio" id="reply_channel"[^>]*>"#, options: .regularExpression))
            #expect(form.text[zalo].contains(#"value="zalo""#) && form.text[zalo].contains("checked"), "Zalo unless chosen otherwise")
            #expect(form.text.contains(#"value="sms""#) && form.text.contains(#"value="email""#))
            let csrf = try await client.execute(uri: "/staff", method: .get) { try #require(PagesTests.cookie("td_csrf", in: $0)) }
            func check(_ fields: String) async throws -> (status: HTTPResponse.Status, text: String) {
                try await client.execute(
                    uri: "/book/check",
                    method: .post,
                    headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "td_csrf=\(csrf)"],
                    body: ByteBuffer(string: "_csrf=\(csrf)&session=\(session)&name=Tran+Thi+Hoa&phone=0912+300+030&subject=Cap+giay+dat&" + fields)
                ) { ($0.status, $0.text) }
            }
            let chosen = try await check("email=hoa%40example.vn&reply_channel=email")
            #expect(chosen.status == .ok && chosen.text.contains(#"id="answer-reply_channel">Thư điện tử"#))
            let noAddress = try await check("reply_channel=email")
            #expect(noAddress.status == .unprocessableContent)
            #expect(noAddress.text.contains(##"href="#reply_channel""##) && noAddress.text.contains(#"id="reply_channel-error""#))

            // Through the API: a channel that is none, or one without its contact, is refused naming the field.
            for (choice, email) in [("pigeon", "hoa@example.vn"), ("email", nil)] as [(String, String?)] {
                var citizen: [String: Any] = [:]
                if let email { citizen["email"] = email }
                try await client.execute(
                    uri: "/api/v1/bookings",
                    method: .post,
                    headers: BookingAPITests.json,
                    body: BookingAPITests.body(session, phone: "0912 300 031", ["reply_channel": choice], citizen: citizen)
                ) { response in
                    #expect(response.status == .unprocessableContent)
                    #expect((response.json["errors"] as? [[String: String]])?.contains { $0["field"] == "reply_channel" } == true, "\(response.text)")
                }
            }
            // E-mail only: the phone is left alone.
            let reference = try await client.execute(
                uri: "/api/v1/bookings",
                method: .post,
                headers: BookingAPITests.json,
                body: BookingAPITests.body(
                    session,
                    phone: "0912 300 032",
                    ["reply_channel": "email", "messages_consent": true],
                    citizen: ["email": "hoa@example.vn"]
                )
            ) { response in
                #expect(response.status == .created, "\(response.text)")
                return try #require(response.json["reference"] as? String)
            }
            let outbox = NotificationOutbox(store: store)
            #expect(try await outbox.notices(aboutKind: "booking", aboutID: reference).map(\.notice.channel) == [.email])
            // A question's sender who chose text messages gets one, not a Zalo notice.
            let asked = try await QuestionAPITests.ask(
                client,
                "Xin hỏi lịch thu gom rác ở ấp 2?",
                extra: ["messages_consent": true, "reply_channel": "sms"]
            )
            let question = try #require(asked.json["reference"] as? String)
            #expect(try await outbox.notices(aboutKind: "question", aboutID: question).map(\.notice.channel) == [.sms])
            // A sender who gave only an e-mail address and chose nothing hears back by e-mail.
            let mailOnly = try await QuestionAPITests.ask(
                client,
                "Xin hỏi giờ làm việc của bộ phận một cửa?",
                extra: ["messages_consent": true, "citizen": ["name": "Võ Văn Tám", "email": "tam@example.vn"]]
            )
            let byMail = try #require(mailOnly.json["reference"] as? String, "\(mailOnly.text)")
            #expect(try await outbox.notices(aboutKind: "question", aboutID: byMail).map(\.notice.channel) == [.email])
            // A booking without a phone is told of the phone, once, not of the channel as well.
            try await client.execute(
                uri: "/api/v1/bookings",
                method: .post,
                headers: BookingAPITests.json,
                body: BookingAPITests.body(session, phone: "", ["reply_channel": "zalo"])
            ) { response in
                let fields = (response.json["errors"] as? [[String: String]] ?? []).compactMap { $0["field"] }
                #expect(response.status == .unprocessableContent && fields == ["citizen.phone"], "\(response.text)")
            }
        }
    }

    @Test("every message carries a link that stops the messages in one tap; a forged link is 404; the office's changes still go")
    func optOut() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, store in
            let session = try await BookingAPITests.session(client)
            let reference = try await client.execute(
                uri: "/api/v1/bookings",
                method: .post,
                headers: BookingAPITests.json,
                body: BookingAPITests.body(session, ["messages_consent": true], citizen: ["email": "binh@example.vn"])
            ) { try #require($0.json["reference"] as? String) }
            let outbox = NotificationOutbox(store: store)
            let confirmations = try await outbox.notices(aboutKind: "booking", aboutID: reference)
            #expect(confirmations.count == 2)
            let links = try confirmations.map { try Self.link(in: $0.notice.body, path: "/n/") }
            #expect(Set(links).count == 1, "the same way out on every channel: \(links)")
            let path = try Self.path(of: try #require(links.first))
            #expect(confirmations.allSatisfy { $0.notice.channel != .zalo || $0.notice.templateData["opt_out"] == links.first })

            let page = try await QuestionAPITests.get(client, path)
            #expect(page.status == .ok && page.text.contains(#"id="opt-out-stop""#) && page.text.contains(reference))
            #expect(page.text.contains("/lookup?reference=\(reference)"))
            // A proof made up, or another reference under this proof, finds nothing.
            let proof = String(path.split(separator: "/").last ?? "")
            #expect(try await QuestionAPITests.get(client, "/n/\(reference)/aaaaaaaa").status == .notFound)
            #expect(try await QuestionAPITests.get(client, "/n/TD-2026-999999/\(proof)").status == .notFound)

            let csrf = try await client.execute(uri: "/staff", method: .get) { try #require(PagesTests.cookie("td_csrf", in: $0)) }
            for _ in 0..<2 {
                let status = try await client.execute(
                    uri: path,
                    method: .post,
                    headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "td_csrf=\(csrf)"],
                    body: ByteBuffer(string: "_csrf=\(csrf)")
                ) { $0.status }
                #expect(status == .seeOther, "a second tap changes nothing")
            }
            let stopped = try await QuestionAPITests.get(client, path)
            #expect(stopped.text.contains(#"id="opt-out-stopped""#) && !stopped.text.contains(#"id="opt-out-stop""#))
            #expect(stopped.text.contains(#"id="opt-out-duty""#))

            // Cancelled by the office: the citizen is still told on the phone, no longer by e-mail.
            let clerk = try await client.token("thu.ky")
            #expect(try await client.send(.post, "/api/v1/sessions/\(session)/cancel", token: clerk, #"{"reason": "Bão"}"#).status == .ok)
            let before = Set(confirmations.map(\.id))
            let after = try await outbox.notices(aboutKind: "booking", aboutID: reference).filter { !before.contains($0.id) }
            #expect(after.map(\.notice.channel) == [.zalo], "\(after.map(\.notice.subject))")
        }
    }

    @Test("staff see on the day's list and the question each notice, its channel and whether it arrived, failed or waits")
    func deliveryOnStaffPages() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, store in
            let session = try await BookingAPITests.session(client)
            let reference = try await client.execute(
                uri: "/api/v1/bookings",
                method: .post,
                headers: BookingAPITests.json,
                body: BookingAPITests.body(session, ["messages_consent": true], citizen: ["email": "binh@example.vn"])
            ) { try #require($0.json["reference"] as? String) }
            let outbox = NotificationOutbox(store: store)
            let queued = try await outbox.notices(aboutKind: "booking", aboutID: reference)
            let zalo = try #require(queued.first { $0.notice.channel == .zalo })
            let mail = try #require(queued.first { $0.notice.channel == .email })
            // 10:05 in Vietnam on 1 December 2026.
            try await outbox.markSent(zalo.id, now: Date(timeIntervalSince1970: 1_796_094_300))
            try await outbox.markFailed(mail.id, error: "SMTP 550 mailbox unavailable", retryAt: nil)
            let clerk = try await client.token("thu.ky")
            let day = try await client.send(.get, "/staff/sessions/\(session)", token: clerk)
            #expect(day.status == .ok)
            let section = try #require(
                day.text.range(of: #"<section class="visit[^"]*" id="\#(reference)">[\s\S]*?</section>"#, options: .regularExpression)
            )
            let visit = String(day.text[section])
            #expect(visit.contains("Zalo · ") && visit.contains("đã gửi lúc 10:05 01/12/2026"), "\(visit)")
            #expect(visit.contains(#"class="notice failed""#) && visit.contains("SMTP 550 mailbox unavailable"))

            let asked = try await QuestionAPITests.ask(client, "Xin hỏi lịch thu gom rác ở ấp 2?", extra: ["messages_consent": true])
            let question = try #require(asked.json["reference"] as? String)
            let page = try await client.send(.get, "/staff/questions/\(question)", token: clerk)
            #expect(page.text.contains("Tin báo đã gửi (công dân và cán bộ)") && page.text.contains("Zalo · ") && page.text.contains("đang chờ gửi"))
        }
    }

    @Test("a commitment made on a question is done: its sender is told what was promised, once, and only with consent")
    func commitmentCompleted() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, store in
            let clerk = try await client.token("thu.ky")
            let officer = try await client.token("can.bo")
            let outbox = NotificationOutbox(store: store)
            for consent in [true, false] {
                let asked = try await QuestionAPITests.ask(
                    client,
                    "Khi nào xã nạo vét kênh ấp Tân Lợi?",
                    extra: ["messages_consent": consent, "citizen": ["name": "Lê Thị Hoa", "phone": "0911 222 333", "email": "hoa@example.vn"]]
                )
                let question = try #require(asked.json["reference"] as? String)
                let created = try await CommitmentAPITests.create(client, token: clerk, ["question_ref": question])
                let id = try #require(created.json["id"] as? String, "\(created.text)")
                func progress(_ body: String) async throws -> HTTPResponse.Status {
                    try await client.execute(
                        uri: "/api/v1/commitments/\(id)/progress",
                        method: .post,
                        headers: [.authorization: "Bearer \(officer)", .contentType: "application/json"],
                        body: ByteBuffer(string: body)
                    ) { $0.status }
                }
                #expect(try await progress(#"{"progress": 50, "note": "Đã thuê máy"}"#) == .ok)
                // Notices queued in the same second come in no set order: the new ones are those not there before.
                let before = Set(try await outbox.notices(aboutKind: "question", aboutID: question).map(\.id))
                #expect(try await progress(#"{"progress": 100, "status": "done", "note": "Đã nạo vét xong"}"#) == .ok)
                let told = try await outbox.notices(aboutKind: "question", aboutID: question).filter { !before.contains($0.id) }
                if consent {
                    #expect(Set(told.map(\.notice.channel)) == [.zalo, .email], "\(told)")
                    let mail = try #require(told.first { $0.notice.channel == .email }?.notice)
                    #expect(mail.subject.contains("đã hoàn thành") && mail.body.contains("Nạo vét kênh ấp Tân Lợi trước mùa mưa"))
                    let text = try #require(told.first { $0.notice.channel == .zalo }?.notice)
                    #expect(text.body.contains("thuc hien xong") && text.body.contains("/n/\(question)/"))
                } else {
                    #expect(told.isEmpty, "no consent, no message")
                }
            }
        }
    }

    @Test("an answer published in a bulletin is told to each sender who agreed to messages, with the way out")
    func answerThroughBulletin() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, store in
            let told = try await DocumentAPITests.approved(
                client,
                "Kênh ấp Tân Lợi bị bồi lắng, khi nào nạo vét?",
                phone: "0911 222 340",
                messages: true
            )
            let silent = try await DocumentAPITests.approved(client, "Đèn đường ấp Tân Lợi hỏng, khi nào sửa?", phone: "0911 222 341")
            let object: [String: Any] = ["organisation_id": "xa-tan-thanh", "title": "Bản tin giải đáp tháng 12", "question_refs": [told, silent]]
            let published = try await client.send(
                .post,
                "/api/v1/bulletins",
                token: try await client.token("thu.ky"),
                String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            )
            #expect(published.status == .created, "\(published.text)")
            let outbox = NotificationOutbox(store: store)
            let answer = try await outbox.notices(aboutKind: "question", aboutID: told).filter { $0.notice.kind == "question-answer_published" }
            #expect(answer.map(\.notice.channel) == [.zalo] && answer.first?.notice.body.contains("/n/\(told)/") == true, "\(answer)")
            #expect(try await outbox.notices(aboutKind: "question", aboutID: silent).filter { $0.notice.channel != .staff }.isEmpty)
        }
    }
}
