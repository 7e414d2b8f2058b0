import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing
import TiepDanCore

/// One radio episode end to end: questions collected, merged and grouped; the rundown; the panel
/// invited; the console on air with call-ins; closing assigns the written answers; a leader
/// approves the on-air answers; the bulletin and the minutes come out of it.
@Suite("Radio episode")
struct EpisodeTests {
    @Test("from the questions through the broadcast to the bulletin and the minutes")
    func episode() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, store in
            let programme = try await client.execute(uri: "/api/v1/sessions?organisation=xa-tan-thanh&kind=radio&limit=5", method: .get) { response in
                let items = response.json["items"] as? [[String: Any]] ?? []
                return try #require(items.first { $0["questions_open"] as? Bool == true }?["id"] as? String)
            }
            let clerk = try await client.token("thu.ky")
            let leader = try await client.token("lanh.dao")
            let officer = try await client.token("can.bo")
            func ask(_ text: String, _ phone: String) async throws -> String {
                let asked = try await QuestionAPITests.ask(client, text, phone: phone, extra: ["session_id": programme])
                return try #require(asked.json["reference"] as? String, "\(asked.text)")
            }
            func post(_ token: String, _ uri: String, _ body: [String: Any] = [:]) async throws -> TestResponse {
                try await client.send(
                    .post,
                    uri,
                    token: token,
                    String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self)
                )
            }
            let road = try await ask("Đường liên ấp Tân Lợi – Tân Hòa xuống cấp nghiêm trọng, mùa mưa ngập sâu, khi nào xã sửa?", "0911 000 001")
            let school = try await ask("Trường tiểu học ấp Tân Hòa thiếu phòng học, con tôi phải học ca ba.", "0911 000 002")
            let roadAgain = try await ask("Khi nào sửa đường liên ấp Tân Lợi Tân Hòa? Đường ngập quá.", "0911 000 003")
            let light = try await ask("Đèn chiếu sáng đường ấp Tân Lợi hỏng hai tháng nay.", "0911 000 004")
            for (reference, department) in [(road, "xa-tan-thanh.dia-chinh"), (school, "xa-tan-thanh.van-hoa-xa-hoi")] {
                #expect(try await post(clerk, "/api/v1/questions/\(reference)/screen", ["decision": "accept"]).status == .ok)
                #expect(try await post(clerk, "/api/v1/questions/\(reference)/assign", ["department_id": department]).status == .ok)
            }
            #expect(try await post(clerk, "/api/v1/questions/\(roadAgain)/screen", ["decision": "merge", "merge_into": road]).status == .ok)

            func aired(_ rundown: TestResponse) -> Set<String> {
                Set((rundown.json["items"] as? [[String: Any]] ?? []).compactMap { $0["question_ref"] as? String })
            }
            let unscreened = try await post(clerk, "/api/v1/sessions/\(programme)/rundown", ["reserve_minutes": 10])
            #expect(aired(unscreened) == [road, school], "a question nobody screened is never read on air")
            #expect(try await post(clerk, "/api/v1/questions/\(light)/screen", ["decision": "accept"]).status == .ok)
            let rundown = try await post(clerk, "/api/v1/sessions/\(programme)/rundown", ["reserve_minutes": 10])
            #expect(aired(rundown) == [road, school, light], "the merged one rides on its carrier")
            #expect((rundown.json["total_seconds"] as? Int ?? .max) <= 50 * 60 && (rundown.json["reserve_seconds"] as? Int ?? 0) >= 10 * 60)

            let invited = try await post(clerk, "/api/v1/sessions/\(programme)/invitations")
            let panel = invited.json["panel"] as? [[String: Any]] ?? []
            #expect(
                invited.json["invited"] as? Int == 3
                    && Set(panel.compactMap { $0["id"] as? String })
                        == ["xa-tan-thanh.chu-tich", "xa-tan-thanh.dia-chinh", "xa-tan-thanh.van-hoa-xa-hoi"],
                "\(invited.text)"
            )
            #expect(try await post(clerk, "/api/v1/sessions/\(programme)/invitations").json["invited"] as? Int == 0, "each member is invited once")
            let queued = try await store.read {
                try await $0.raw("SELECT COUNT(*) AS n FROM notifications WHERE about_id = \(bind: programme) AND channel = 'staff'").first()?
                    .decode(column: "n", as: Int.self)
            }
            #expect(queued == 3)
            let page = try await QuestionAPITests.get(client, "/staff/programmes/\(programme)", token: clerk)
            #expect(page.status == .ok && page.text.contains(road) && page.text.contains("Đã gộp") && page.text.contains(roadAgain))

            #expect(try await post(clerk, "/api/v1/sessions/\(programme)/broadcast/start").json["started_at"] is String)
            let base = "/api/v1/sessions/\(programme)/broadcast"
            #expect(try await post(leader, base + "/marks", ["question_ref": road, "state": "answered"]).status == .forbidden)
            let wrong = try await post(clerk, base + "/marks", ["question_ref": road, "state": "maybe"])
            #expect(wrong.status == .unprocessableContent && (wrong.json["errors"] as? [[String: Any]])?.first?["field"] as? String == "state")
            #expect(try await post(clerk, base + "/marks", ["question_ref": "Q-2000-000001", "state": "skipped"]).status == .unprocessableContent)
            let spoken = "Xã đã bố trí vốn, khởi công tháng 01/2027, xong trước mùa mưa."
            #expect(try await post(clerk, base + "/marks", ["question_ref": road, "state": "answered", "answer": spoken]).status == .ok)
            #expect(try await post(clerk, base + "/marks", ["question_ref": school, "state": "deferred"]).status == .ok)
            let call = try await post(
                clerk,
                base + "/call-ins",
                [
                    "caller": "Ông Sáu, ấp Tân Hòa", "phone": "0977 123 456",
                    "text": "Xin hỏi lịch tiêm phòng dại cho chó?", "answer": "Ngày 05/12 tại trạm y tế.",
                ]
            )
            #expect(call.status == .created && call.json["state"] as? String == "answered")
            let unanswered = try await post(clerk, base + "/call-ins", ["text": "Khi nào có nước sạch về ấp Tân Lợi?"])
            let callRef = try #require(call.json["question_ref"] as? String)
            let waterRef = try #require(unanswered.json["question_ref"] as? String)
            #expect(try await post(clerk, base + "/call-ins", ["text": "x", "phone": "123"]).status == .unprocessableContent)
            let console = try await QuestionAPITests.get(client, "/staff/programmes/\(programme)/console", token: clerk)
            #expect(
                console.status == .ok && console.text.contains("Ông Sáu, ấp Tân Hòa") && !console.text.contains("0977 123 456"),
                "the caller's phone stays private"
            )

            let refused = try await post(clerk, base + "/close")
            #expect(refused.status == .unprocessableContent)
            let message = (refused.json["errors"] as? [[String: Any]])?.first?["message"] as? String ?? ""
            #expect(message.contains(light) && message.contains(callRef) && message.contains(waterRef) && !message.contains(road))
            #expect(
                try await QuestionAPITests.get(client, "/api/v1/questions/\(road)", token: clerk).json["status"] as? String == "assigned",
                "a refused close changes nothing"
            )
            let closed = try await post(
                clerk,
                base + "/close",
                [
                    "departments": [
                        light: "xa-tan-thanh.dia-chinh", callRef: "xa-tan-thanh.van-hoa-xa-hoi",
                        waterRef: "xa-tan-thanh.dia-chinh",
                    ]
                ]
            )
            #expect(
                closed.status == .ok && closed.json["questions_changed"] as? Int == 4,
                "all but the school question, already assigned: \(closed.text)"
            )
            #expect(try await post(clerk, base + "/close").status == .conflict)
            #expect(try await post(clerk, base + "/marks", ["question_ref": light, "state": "answered"]).status == .conflict)
            func question(_ reference: String) async throws -> [String: Any] {
                try await QuestionAPITests.get(client, "/api/v1/questions/\(reference)", token: clerk).json
            }
            let stored = try await store.read {
                try await $0.raw("SELECT answer FROM questions WHERE reference = \(bind: road)").first()?.decode(column: "answer", as: String?.self)
            }
            #expect(try await question(road)["status"] as? String == "answered" && stored == spoken, "the on-air answer awaits approval")
            for reference in [school, light, waterRef] {
                let record = try await question(reference)
                #expect(record["status"] as? String == "assigned" && record["due_date"] is String, "\(reference) goes for a written answer")
            }
            #expect(try await question(callRef)["status"] as? String == "answered")
            #expect(try await post(officer, "/api/v1/questions/\(light)/answer", ["text": "Đã thay bóng đèn ngày 01/12."]).status == .ok)
            for reference in [road, light] {
                #expect(try await post(leader, "/api/v1/questions/\(reference)/approve").status == .ok)
            }

            let bulletin = try await post(
                clerk,
                "/api/v1/bulletins",
                [
                    "organisation_id": "xa-tan-thanh", "title": "Giải đáp chương trình phát thanh tháng 11",
                    "session_id": programme,
                ]
            )
            #expect(bulletin.status == .created, "\(bulletin.text)")
            let carried = (bulletin.json["questions"] as? [[String: Any]] ?? []).compactMap { $0["reference"] as? String }
            #expect(Set(carried) == [road, light], "approved answers with the asker's consent; the call-in had none")
            #expect(try await question(road)["status"] as? String == "published")
            let bulletinPage = try await QuestionAPITests.get(client, "/bulletins/\(try #require(bulletin.json["id"] as? String))")
            #expect(bulletinPage.text.contains(spoken) && bulletinPage.text.contains("Đã thay bóng đèn"))

            let minutes = try await post(clerk, "/api/v1/sessions/\(programme)/minutes", ["conclusion": "Các bộ phận trả lời bằng văn bản đúng hạn."])
            #expect(minutes.status == .created && minutes.json["kind"] as? String == "dialogue_minutes")
            let html = try await QuestionAPITests.get(client, "/minutes/\(try #require(minutes.json["id"] as? String))", token: leader).text
            #expect(
                html.contains("BIÊN BẢN") && html.contains(spoken) && html.contains("Ông Sáu, ấp Tân Hòa")
                    && html.contains("Ngày 05/12 tại trạm y tế.")
            )
            #expect(!html.contains("0977 123 456"))
            let deferredSection = try #require(html.components(separatedBy: "IV. Câu hỏi sẽ trả lời bằng văn bản").last)
            #expect(deferredSection.contains(school) && deferredSection.contains(light) && !deferredSection.contains(road))
        }
    }
}
