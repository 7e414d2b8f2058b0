import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TiepDanCore

/// The turns of a case under Law 136/2025/QH15 over HTTP, with the office's clock moved day by day: a temporary
/// suspension and a clarification stop the clock, and restarting moves the deadline by exactly the time stopped.
@Suite("Case lifecycle API")
struct CaseLifecycleAPITests {
    @Test("a complaint suspended for 5 days is due 5 calendar days later; withdrawn it ends; each turn is in the citizen's history with its reason")
    func suspension() async throws {
        let clock = MovableClock(try Date("2026-09-14T09:00:00+07:00", strategy: .iso8601))
        try await TestApp.run(clock: clock) { client, _ in
            let created = try await QuestionAPITests.ask(client, "Khiếu nại quyết định thu hồi đất của UBND xã", category: "complaint")
            let reference = try #require(created.json["reference"] as? String)
            let token = try #require(created.json["token"] as? String)
            let clerk = try await client.token("thu.ky")
            let base = "/api/v1/questions/\(reference)"
            #expect(
                try await client.send(.post, base + "/suspend", token: clerk, #"{"temporary": true, "reason": "Chờ giám định", "basis": "Điều 33"}"#)
                    .status == .conflict,
                "not accepted yet"
            )
            let accepted = try await client.send(.post, base + "/screen", token: clerk, #"{"decision": "accept"}"#)
            // Accepted Monday 14 September 2026: 30 calendar days, to Wednesday 14 October.
            #expect(accepted.json["due_date"] as? String == "2026-10-14")
            // A complex complaint from a remote area has 60 days: Friday 13 November, and its history says why.
            let remote = try #require(
                try await QuestionAPITests.ask(client, "Khiếu nại về bồi thường đất ở cồn xa", category: "complaint").json["reference"] as? String
            )
            let counted = try await client.send(
                .post,
                "/api/v1/questions/\(remote)/screen",
                token: clerk,
                #"{"decision": "accept", "complex": true, "remote_area": true}"#
            )
            #expect(counted.json["due_date"] as? String == "2026-11-13")
            try await client.send(.get, "/api/v1/questions/\(remote)", token: clerk) { response in
                let notes = (response.json["history"] as? [[String: Any]] ?? []).compactMap { $0["note"] as? String }
                #expect(notes.contains { $0.contains("vụ việc phức tạp, vùng sâu, vùng xa (60 ngày)") }, "\(notes)")
            }
            #expect(
                try await client.send(.post, base + "/suspend", token: clerk, #"{"temporary": true, "reason": "Chờ giám định"}"#).status
                    == .unprocessableContent,
                "a decision states its legal basis"
            )
            clock.set(day: "2026-09-16")
            let paused = try await client.send(
                .post,
                base + "/suspend",
                token: clerk,
                #"{"temporary": true, "reason": "Chờ kết quả giám định của Sở", "basis": "Luật Khiếu nại, Điều 30a"}"#
            )
            #expect(paused.status == .ok && paused.json["status"] as? String == "paused" && paused.json["due_state"] as? String == "stopped")
            // The pause is a written decision (step 3: submitted, accept, pause), printed and recorded as sent.
            let decision = try await client.send(.get, "/staff/questions/\(reference)/decisions/3", token: clerk)
            #expect(decision.status == .ok && decision.text.contains("QUYẾT ĐỊNH") && decision.text.contains("Số:"))
            #expect(decision.text.contains("Về việc tạm đình chỉ việc giải quyết khiếu nại"))
            #expect(decision.text.contains("Căn cứ Luật Khiếu nại, Điều 30a;") && decision.text.contains("Chờ kết quả giám định của Sở"))
            #expect(decision.text.contains("Thời gian tạm đình chỉ không tính vào thời hạn giải quyết"))
            #expect(decision.text.contains("Ông (bà) Trần Văn Mười, địa chỉ: Ấp Tân Lợi"), "the secretariat may name a complainant")
            let acceptance = try await client.send(.get, "/staff/questions/\(reference)/decisions/2?format=txt", token: clerk)
            #expect(
                acceptance.text.contains("THÔNG BÁO") && acceptance.text.contains("Thụ lý giải quyết khiếu nại")
                    && acceptance.text.contains("14/10/2026")
            )
            #expect(
                try await client.send(.get, "/staff/questions/\(reference)/decisions/1", token: clerk).status == .notFound,
                "a submission calls for none"
            )
            #expect(try await client.send(.get, "/staff/questions/\(reference)/decisions/3", token: try await client.token("can.bo")).status != .ok)
            let sent = try await SessionDayPagesTests.post(client, "/staff/questions/\(reference)/decisions/3/sent", token: clerk, "party=sender")
            #expect(sent.status == .seeOther)
            #expect(
                try await SessionDayPagesTests.post(client, "/staff/questions/\(reference)/decisions/3/sent", token: clerk, "party=ai").status
                    == .unprocessableContent
            )
            #expect(try await client.send(.post, base + "/answer", token: clerk, #"{"text": "Trả lời"}"#).status != .ok)
            clock.set(day: "2026-09-21")
            let resumed = try await client.send(.post, base + "/resume", token: clerk, #"{"reason": "Đã có kết quả giám định"}"#)
            #expect(resumed.status == .ok && resumed.json["status"] as? String == "accepted")
            #expect(resumed.json["due_date"] as? String == "2026-10-19", "16 to 21 September: five days paused, five days later")
            #expect(try await client.send(.post, base + "/resume", token: clerk).status == .conflict, "nothing to resume")
            #expect(
                try await client.send(.post, base + "/withdraw", token: clerk, #"{"scope": "some", "reason": "Tự nguyện"}"#).status
                    == .unprocessableContent
            )
            #expect(
                try await client.send(.post, base + "/withdraw", token: clerk, #"{"scope": "part", "reason": "Tự nguyện"}"#).status
                    == .unprocessableContent,
                "a part names what remains"
            )
            let part = try await client.send(
                .post,
                base + "/withdraw",
                token: clerk,
                #"{"scope": "part", "remaining": "Mức bồi thường về đất", "reason": "Đã thỏa thuận về tài sản"}"#
            )
            #expect(part.status == .ok && part.json["status"] as? String == "accepted")
            #expect(
                try await client.send(.post, base + "/continue", token: clerk, #"{"reason": "Vắng mặt buổi đối thoại ngày 25/9 không có lý do"}"#)
                    .status == .ok
            )
            let all = try await client.send(.post, base + "/withdraw", token: clerk, #"{"scope": "all", "reason": "Người khiếu nại rút toàn bộ"}"#)
            #expect(all.status == .ok && all.json["status"] as? String == "withdrawn" && all.json["due_state"] as? String == "closed")
            #expect(
                try await client.send(.post, base + "/suspend", token: clerk, #"{"temporary": false, "reason": "x x x", "basis": "y y y"}"#).status
                    == .conflict
            )

            try await client.execute(uri: base, method: .get, headers: [QuestionAPITests.tracking: token]) { response in
                let history = response.json["history"] as? [[String: Any]] ?? []
                #expect(
                    history.map { $0["action"] as? String } == [
                        "submitted", "accept", "pause", "decision_sent", "resume", "withdraw_part", "continue", "withdraw",
                    ]
                )
                #expect((history[2]["note"] as? String)?.contains("Luật Khiếu nại, Điều 30a") == true)
                #expect((history[3]["note"] as? String)?.contains("đã gửi người gửi") == true)
                #expect((history[5]["note"] as? String)?.contains("Mức bồi thường về đất") == true)
                #expect(response.json["status"] as? String == "withdrawn")
            }
            // A question (not a complaint) is never withdrawn or suspended this way.
            let question = try #require(try await QuestionAPITests.ask(client, "Khi nào sửa cầu Tân Lợi?").json["reference"] as? String)
            _ = try await client.send(.post, "/api/v1/questions/\(question)/screen", token: clerk, #"{"decision": "accept"}"#)
            #expect(
                try await client.send(
                    .post,
                    "/api/v1/questions/\(question)/suspend",
                    token: clerk,
                    #"{"temporary": true, "reason": "abc", "basis": "abc"}"#
                ).status == .conflict
            )
            #expect(
                try await client.send(
                    .post,
                    base + "/suspend",
                    token: try await client.token("can.bo"),
                    #"{"temporary": true, "reason": "abc", "basis": "abc"}"#
                ).status == .forbidden
            )
        }
    }

    @Test(
        "a clarification awaited over the National Day holiday moves a working-day deadline by the 3 working days it waited; the citizen answers with the token"
    )
    func clarification() async throws {
        let clock = MovableClock(try Date("2026-08-25T09:00:00+07:00", strategy: .iso8601))
        try await TestApp.run(clock: clock) { client, _ in
            let created = try await QuestionAPITests.ask(client, "Xin hỏi thủ tục hỗ trợ hộ nghèo sửa nhà")
            let reference = try #require(created.json["reference"] as? String)
            let token = try #require(created.json["token"] as? String)
            // Asked Tuesday 25 August 2026: 10 working days, past 31 August to 2 September (days off), to 11 September.
            #expect(created.json["due_date"] as? String == "2026-09-11")
            let clerk = try await client.token("thu.ky")
            let base = "/api/v1/questions/\(reference)"
            #expect(try await client.send(.post, base + "/clarify", token: clerk, #"{"request": ""}"#).status == .unprocessableContent)
            clock.set(day: "2026-08-28")
            let asked = try await client.send(.post, base + "/clarify", token: clerk, #"{"request": "Xin ghi rõ thôn, ấp nơi ở"}"#)
            #expect(asked.status == .ok && asked.json["status"] as? String == "awaiting_citizen")
            clock.set(day: "2026-09-07")
            let body = ByteBuffer(string: #"{"text": "Tôi ở ấp Tân Lợi, thôn 3"}"#)
            try await client.execute(
                uri: base + "/clarification",
                method: .post,
                headers: [.contentType: "application/json", QuestionAPITests.tracking: "sai"],
                body: body
            ) {
                #expect($0.status == .notFound)
            }
            try await client.execute(
                uri: base + "/clarification",
                method: .post,
                headers: [.contentType: "application/json", QuestionAPITests.tracking: token],
                body: body
            ) {
                #expect($0.status == .ok)
                #expect($0.json["status"] as? String == "submitted")
                // Stopped 28 August to 6 September: 28 August, 3 and 4 September are working days (31 August to
                // 2 September are days off), so three working days: 11 September becomes 16 September.
                #expect($0.json["due_date"] as? String == "2026-09-16")
                let history = $0.json["history"] as? [[String: Any]] ?? []
                #expect(history.map { $0["action"] as? String } == ["submitted", "clarify", "clarified"])
                #expect(history[1]["note"] as? String == "Xin ghi rõ thôn, ấp nơi ở" && history[2]["note"] as? String == "Tôi ở ấp Tân Lợi, thôn 3")
            }
            try await client.execute(
                uri: base + "/clarification",
                method: .post,
                headers: [.contentType: "application/json", QuestionAPITests.tracking: token],
                body: body
            ) {
                #expect($0.status == .conflict, "nothing is asked any more")
            }
            // Staff record an answer given at the desk on the same route.
            clock.set(day: "2026-09-08")
            #expect(try await client.send(.post, base + "/clarify", token: clerk, #"{"request": "Xin bổ sung bản sao sổ hộ nghèo"}"#).status == .ok)
            clock.set(day: "2026-09-09")
            let recorded = try await client.send(
                .post,
                base + "/clarification",
                token: clerk,
                #"{"text": "Công dân nộp bản sao tại bộ phận một cửa"}"#
            )
            #expect(
                recorded.status == .ok && recorded.json["status"] as? String == "submitted" && recorded.json["due_date"] as? String == "2026-09-17"
            )
        }
    }

    @Test("in the browser: the clerk asks to clarify and pauses from the question's page; the citizen answers on the tracking page")
    func pages() async throws {
        let clock = MovableClock(try Date("2026-09-14T09:00:00+07:00", strategy: .iso8601))
        try await TestApp.run(clock: clock) { client, _ in
            let created = try await QuestionAPITests.ask(client, "Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất", category: "complaint")
            let reference = try #require(created.json["reference"] as? String)
            let token = try #require(created.json["token"] as? String)
            let clerk = try await client.token("thu.ky")
            let page = "/staff/questions/\(reference)"
            try await client.send(.get, page, token: clerk) { response in
                #expect(response.text.contains(#"id="clarify""#), "a clarification may be asked before acceptance")
                #expect(!response.text.contains(#"id="pause""#), "nothing to suspend before acceptance")
                #expect(response.text.contains(#"id="withdraw-all""#))
            }
            let asked = try await SessionDayPagesTests.post(client, page + "/clarify", token: clerk, "request=")
            #expect(asked.status == .unprocessableContent && asked.text.contains("Ghi nội dung đề nghị công dân bổ sung"))
            let sent = try await SessionDayPagesTests.post(
                client,
                page + "/clarify",
                token: clerk,
                "request=Xin+n%C3%AAu+r%C3%B5+s%E1%BB%91+th%E1%BB%ADa"
            )
            #expect(sent.status == .seeOther)
            clock.set(day: "2026-09-17")
            let csrf = try await client.execute(uri: "/staff", method: .get) { try #require(PagesTests.cookie("td_csrf", in: $0)) }
            let tracking = "/questions/\(reference)?token=\(token.queryEncodedForTest)"
            try await client.execute(uri: tracking, method: .get) { response in
                #expect(response.text.contains(#"id="clarification-request">Xin nêu rõ số thửa</p>"#))
                #expect(response.text.contains("Chờ người gửi bổ sung, làm rõ") && response.text.contains("tạm dừng tính thời hạn"))
            }
            func answer(_ text: String) async throws -> TestResponse {
                try await client.execute(
                    uri: "/questions/\(reference)/clarification",
                    method: .post,
                    headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "td_csrf=\(csrf)"],
                    body: ByteBuffer(string: "_csrf=\(csrf)&token=\(token.queryEncodedForTest)&text=\(text)")
                ) { $0 }
            }
            let empty = try await answer("")
            #expect(empty.status == .unprocessableContent && empty.text.contains(#"id="clarification-error""#))
            let answered = try await answer("Th%E1%BB%ADa+s%E1%BB%91+112")
            #expect(answered.status == .seeOther)
            try await client.execute(uri: tracking, method: .get) { response in
                #expect(!response.text.contains(#"id="clarification""#), "nothing more is asked")
                #expect(response.text.contains("Thửa số 112"))
            }
            _ = try await client.send(.post, "/api/v1/questions/\(reference)/screen", token: clerk, #"{"decision": "accept"}"#)
            let paused = try await SessionDayPagesTests.post(
                client,
                page + "/suspend",
                token: clerk,
                "temporary=1&reason=Ch%E1%BB%9D+gi%C3%A1m+%C4%91%E1%BB%8Bnh&basis="
            )
            #expect(paused.status == .unprocessableContent && paused.text.contains("Ghi căn cứ pháp lý"))
            let done = try await SessionDayPagesTests.post(
                client,
                page + "/suspend",
                token: clerk,
                "temporary=1&reason=Ch%E1%BB%9D+gi%C3%A1m+%C4%91%E1%BB%8Bnh&basis=%C4%90i%E1%BB%81u+30a"
            )
            #expect(done.status == .seeOther)
            try await client.send(.get, page, token: clerk) { response in
                #expect(response.text.contains(#"id="resume""#) && !response.text.contains(#"id="pause""#))
                #expect(response.text.contains("Tạm đình chỉ giải quyết"))
            }
            try await client.send(.get, page, token: try await client.token("lanh.dao")) { response in
                #expect(!response.text.contains(#"id="case-turns""#), "the turns are the secretariat's to record")
            }
        }
    }
}
