import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing
import TiepDanCore

/// Minutes and bulletins over HTTP: drafted from the session's records, versioned, finalised
/// with their official number, and bulletins that never change once published.
@Suite("Document API")
struct DocumentAPITests {
    @Test("minutes: drafted from the day's records, edited in place, finalised with a number, a later edit makes version 2; all audited")
    func minutes() async throws {
        try await TestApp.run { client, store in
            let session = try await BookingAPITests.session(client)
            let first = try await SessionDayTests.book(client, session, phone: "0903 000 001")
            let second = try await SessionDayTests.book(client, session, phone: "0903 000 002")
            let clerk = try await client.token("thu.ky")
            let leader = try await client.token("lanh.dao")
            let admin = try await client.token("admin")
            let now = Int64(Date().timeIntervalSince1970)
            try await store.transaction { database in
                try await database.raw(
                    "UPDATE sessions SET starts_at = \(bind: now - 3600), ends_at = \(bind: now + 3 * 3600) WHERE id = \(bind: session)"
                ).run()
            }
            for reference in [first, second] {
                #expect(try await client.send(.post, "/api/v1/bookings/\(reference)/check-in", token: clerk).status == .ok)
            }
            _ = try await client.send(
                .post,
                "/api/v1/bookings/\(first)/outcome",
                token: leader,
                #"{"outcome": "transferred", "detail": "Chuyển Phòng Tài nguyên và Môi trường", "category": "complaint", "id_number": "079186001234", "address": "Ấp 3"}"#
            )
            _ = try await client.send(
                .post,
                "/api/v1/bookings/\(second)/outcome",
                token: leader,
                #"{"outcome": "accepted", "category": "denunciation", "id_number": "079186005678", "address": "Ấp 1"}"#
            )
            let commitment = try await CommitmentAPITests.create(
                client,
                token: clerk,
                ["session_id": session, "text": "Đo đạc lại ranh giới thửa đất của ông Út"]
            )
            #expect(commitment.status == .created, "\(commitment.text)")

            let base = "/api/v1/sessions/\(session)/minutes"
            #expect(try await client.send(.post, base, token: leader).status == .forbidden)
            let badKind = try await client.send(.post, base, token: clerk, #"{"kind": "diary"}"#)
            #expect(badKind.status == .unprocessableContent && (badKind.json["errors"] as? [[String: Any]])?.first?["field"] as? String == "kind")
            let drafted = try await client.send(.post, base, token: clerk, #"{"conclusion": "Giao Phòng Địa chính xử lý <ngay>."}"#)
            #expect(drafted.status == .created, "\(drafted.text)")
            let id = try #require(drafted.json["id"] as? String)
            #expect(drafted.json["version"] as? Int == 1 && drafted.json["state"] as? String == "draft" && drafted.json["number"] == nil)
            let html = try await QuestionAPITests.get(client, "/minutes/\(id)", token: clerk).text
            #expect(html.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && html.contains("DỰ THẢO"))
            #expect(html.contains("Tiếp công dân định kỳ"), "a session of the schedule's rules is periodic")
            #expect(html.contains("Phạm Văn Út") && html.contains("Chuyển Phòng Tài nguyên và Môi trường"))
            #expect(html.contains("Phạm Thị Thu") && !html.contains("thu.ky"), "the clerk who recorded it, by full name, never the login")
            #expect(html.contains("Người tố cáo (giữ bí mật)"), "the denouncer is never named")
            #expect(html.components(separatedBy: "Phạm Văn Út").count - 1 == 1, "both visitors are named Phạm Văn Út; only the complainant is shown")
            #expect(html.contains("Đo đạc lại ranh giới thửa đất") && html.contains("Giao Phòng Địa chính xử lý &lt;ngay&gt;."))

            let tooLong = try await client.send(
                .patch,
                "/api/v1/minutes/\(id)",
                token: clerk,
                #"{"notes": "\#(String(repeating: "x", count: 20_001))"}"#
            )
            #expect(tooLong.status == .unprocessableContent && (tooLong.json["errors"] as? [[String: Any]])?.first?["field"] as? String == "notes")
            let edited = try await client.send(
                .patch,
                "/api/v1/minutes/\(id)",
                token: clerk,
                #"{"notes": "Công dân ký xác nhận.", "version": 1}"#
            )
            #expect(edited.status == .ok && edited.json["version"] as? Int == 1 && edited.json["notes"] as? String == "Công dân ký xác nhận.")
            #expect(try await client.send(.post, "/api/v1/minutes/\(id)/finalise", token: clerk, #"{"version": 7}"#).status == .conflict)
            let final = try await client.send(.post, "/api/v1/minutes/\(id)/finalise", token: clerk)
            #expect(final.status == .ok && final.json["state"] as? String == "final" && final.json["number"] as? Int == 1, "\(final.text)")
            #expect(try await client.send(.post, "/api/v1/minutes/\(id)/finalise", token: clerk).status == .conflict)
            let locked = try await QuestionAPITests.get(client, "/minutes/\(id)?version=1", token: clerk).text
            #expect(locked.contains("Số: 1/BB-UBND") && !locked.contains("DỰ THẢO") && locked.contains("Công dân ký xác nhận."))

            let later = try await client.send(.patch, "/api/v1/minutes/\(id)", token: clerk, #"{"conclusion": "Kết luận đã sửa."}"#)
            #expect(later.status == .created && later.json["version"] as? Int == 2 && later.json["state"] as? String == "draft")
            #expect(try await QuestionAPITests.get(client, "/minutes/\(id)?version=1", token: clerk).text == locked, "a final version never changes")
            let second2 = try await client.send(.post, "/api/v1/minutes/\(id)/finalise", token: clerk)
            #expect(second2.json["number"] as? Int == 1, "a new version keeps the number")
            let notice = try await client.send(.post, base, token: clerk, #"{"kind": "conclusion_notice"}"#)
            let noticeID = try #require(notice.json["id"] as? String)
            #expect(noticeID != id)
            let noticeFinal = try await client.send(.post, "/api/v1/minutes/\(noticeID)/finalise", token: clerk)
            #expect(noticeFinal.json["number"] as? Int == 1, "notices are numbered apart from minutes")
            #expect(try await QuestionAPITests.get(client, "/minutes/\(noticeID)", token: clerk).text.contains("Số: 1/TB-UBND"))

            let listed = try await QuestionAPITests.get(client, "/api/v1/minutes/\(id)", token: leader)
            #expect((listed.json["versions"] as? [[String: Any]])?.map { $0["state"] as? String } == ["final", "final"])
            #expect(try await QuestionAPITests.get(client, "/api/v1/minutes/\(id)", token: try await client.token("can.bo")).status == .forbidden)
            let trail = try await QuestionAPITests.get(client, "/api/v1/audit?entity=minutes:\(id)", token: admin)
            #expect(
                (trail.json["items"] as? [[String: Any]])?.map { $0["action"] as? String }
                    == ["create", "regenerate", "finalise", "new_version", "finalise"],
                "\(trail.text)"
            )

            let text = try await QuestionAPITests.get(client, "/minutes/\(id)?format=txt", token: clerk)
            #expect(
                text.headers[.contentType]?.hasPrefix("text/plain") == true
                    && text.text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")
            )
            #expect(try await QuestionAPITests.get(client, "/minutes/\(id)?format=doc", token: clerk).status == .unprocessableContent)
            #expect(try await QuestionAPITests.get(client, "/api/v1/minutes/M-0000-000000", token: clerk).status == .notFound)
        }
    }

    /// Takes a new question of Tân Thành through to an answer awaiting a leader's approval; returns its reference.
    static func answered(
        _ client: any TestClientProtocol,
        _ text: String,
        phone: String,
        consent: Bool = true,
        messages: Bool = false
    ) async throws -> String {
        let clerk = try await client.token("thu.ky")
        let officer = try await client.token("can.bo")
        let asked = try await QuestionAPITests.ask(client, text, phone: phone, extra: ["publish_consent": consent, "messages_consent": messages])
        let reference = try #require(asked.json["reference"] as? String, "\(asked.text)")
        let base = "/api/v1/questions/\(reference)"
        _ = try await client.send(.post, base + "/screen", token: clerk, #"{"decision": "accept"}"#)
        _ = try await client.send(.post, base + "/assign", token: clerk, #"{"department_id": "xa-tan-thanh.dia-chinh"}"#)
        _ = try await client.send(.post, base + "/answer", token: officer, #"{"text": "Xã sẽ nạo vét trong tháng 12 & báo lại."}"#)
        return reference
    }

    /// Takes a new question of Tân Thành through to an approved answer; returns its reference.
    static func approved(
        _ client: any TestClientProtocol,
        _ text: String,
        phone: String,
        consent: Bool = true,
        messages: Bool = false
    ) async throws -> String {
        let reference = try await answered(client, text, phone: phone, consent: consent, messages: messages)
        let leader = try await client.token("lanh.dao")
        #expect(try await client.send(.post, "/api/v1/questions/\(reference)/approve", token: leader).status == .ok)
        return reference
    }

    @Test("bulletins: only approved, consented answers; publishing publishes them; immutable; a correction links the old")
    func bulletins() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, store in
            let clerk = try await client.token("thu.ky")
            let good = try await Self.approved(
                client,
                "Kênh ấp Tân Lợi bị bồi lắng, nhà tôi số 0911 222 333 bị ngập, khi nào nạo vét?",
                phone: "0911 222 333"
            )
            let private_ = try await Self.approved(client, "Xin hỏi về trợ cấp cho gia đình tôi ở ấp Tân Lợi.", phone: "0911 222 334", consent: false)
            let pending = try #require(
                try await QuestionAPITests.ask(client, "Đèn đường ấp Tân Lợi hỏng đã lâu.", phone: "0911 222 335").json["reference"] as? String
            )
            func publish(_ refs: [String], replaces: String? = nil, title: String = "Bản tin giải đáp tháng 11") async throws -> TestResponse {
                var object: [String: Any] = ["organisation_id": "xa-tan-thanh", "title": title, "question_refs": refs]
                if let replaces { object["replaces"] = replaces }
                return try await client.send(
                    .post,
                    "/api/v1/bulletins",
                    token: clerk,
                    String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
                )
            }
            let refused = try await publish([good, private_, pending])
            #expect(refused.status == .unprocessableContent)
            let detail = (refused.json["errors"] as? [[String: Any]])?.first
            #expect(detail?["field"] as? String == "question_refs")
            #expect((detail?["message"] as? String)?.contains(private_) == true && (detail?["message"] as? String)?.contains(pending) == true)
            #expect(
                try await QuestionAPITests.get(client, "/api/v1/questions/\(good)", token: clerk).json["status"] as? String == "approved",
                "a refused bulletin publishes nothing"
            )
            #expect(try await publish([good], title: "x").status == .unprocessableContent)
            #expect(try await client.send(.post, "/api/v1/bulletins", token: try await client.token("lanh.dao"), "{}").status == .forbidden)

            #expect(
                try await client.send(.post, "/api/v1/questions/\(good)/redactions", token: clerk, #"{"phrase": "bồi lắng"}"#).status
                    == .noContent
            )
            let published = try await publish([good])
            #expect(published.status == .created, "\(published.text)")
            let id = try #require(published.json["id"] as? String)
            #expect(try await QuestionAPITests.get(client, "/api/v1/questions/\(good)", token: clerk).json["status"] as? String == "published")
            let json = try await QuestionAPITests.get(client, "/api/v1/bulletins/\(id)")
            #expect(json.status == .ok && (json.json["questions"] as? [[String: Any]])?.first?["reference"] as? String == good)
            #expect(!json.text.contains("0911 222 333") && !json.text.contains("Trần Văn Mười"), "no personal data: \(json.text)")
            let page = try await QuestionAPITests.get(client, "/bulletins/\(id)")
            #expect(page.status == .ok && page.text.contains("BẢN TIN GIẢI ĐÁP") && page.text.contains("Xã sẽ nạo vét trong tháng 12 &amp; báo lại."))
            #expect(!page.text.contains("0911 222 333"))
            #expect(!page.text.contains("bồi lắng") && !json.text.contains("bồi lắng"), "staff redactions hold in the bulletin")
            let listed = try await QuestionAPITests.get(client, "/api/v1/public/questions?organisation=xa-tan-thanh")
            #expect(listed.text.contains(good) && !listed.text.contains("bồi lắng"), "and in the public list")

            await #expect(throws: (any Error).self, "the database refuses to change a published bulletin") {
                try await store.transaction { try await $0.raw("UPDATE bulletins SET title = 'khác' WHERE id = \(bind: id)").run() }
            }
            let correction = try await publish([good], replaces: id, title: "Bản tin giải đáp tháng 11 (đính chính)")
            #expect(correction.status == .created && correction.json["replaces"] as? String == id)
            #expect(try await publish([good], replaces: id).status == .conflict, "a bulletin is corrected once")
            let old = try await QuestionAPITests.get(client, "/bulletins/\(id)")
            let correctionID = try #require(correction.json["id"] as? String)
            #expect(old.text.contains("đã được đính chính") && old.text.contains(correctionID))
            #expect(
                try await QuestionAPITests.get(client, "/api/v1/bulletins/\(id)").json["corrected_by"] as? String == correction.json["id"] as? String
            )
            let feed = try await QuestionAPITests.get(client, "/bulletins.atom")
            #expect(feed.headers[.contentType]?.hasPrefix("application/atom+xml") == true)
            #expect(feed.text.components(separatedBy: "<entry>").count - 1 == 2)
            #expect(try await QuestionAPITests.get(client, "/bulletins/BT-0000-000000").status == .notFound)
        }
    }
}
