import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TiepDanCore
import TiepDanStore

/// Consent under the Law on Personal Data Protection 2025: each optional use its own unticked choice, recorded with the
/// wording's version, and withdrawn from the tracking page with effect on every later publication.
@Suite("Consent")
struct ConsentTests {
    /// Asks a question of Tân Thành and takes it to an approved answer; returns its reference and token.
    static func approved(_ client: any TestClientProtocol, _ text: String, phone: String, publish: Bool) async throws -> (String, String) {
        let clerk = try await client.token("thu.ky")
        let asked = try await QuestionAPITests.ask(client, text, phone: phone, extra: ["publish_consent": publish])
        let reference = try #require(asked.json["reference"] as? String, "\(asked.text)")
        let token = try #require(asked.json["token"] as? String)
        let base = "/api/v1/questions/\(reference)"
        #expect(try await client.send(.post, base + "/screen", token: clerk, #"{"decision": "accept"}"#).status == .ok)
        #expect(try await client.send(.post, base + "/assign", token: clerk, #"{"department_id": "xa-tan-thanh.dia-chinh"}"#).status == .ok)
        let officer = try await client.token("can.bo")
        #expect(try await client.send(.post, base + "/answer", token: officer, #"{"text": "Xã sẽ xử lý trong tháng 12."}"#).status == .ok)
        #expect(try await client.send(.post, base + "/approve", token: try await client.token("lanh.dao")).status == .ok)
        return (reference, token)
    }

    static func withdraw(_ client: any TestClientProtocol, _ reference: String, _ purpose: String, token: String) async throws -> TestResponse {
        try await client.execute(
            uri: "/api/v1/questions/\(reference)/consents/\(purpose)/withdraw",
            method: .post,
            headers: [HTTPField.Name("X-Tracking-Token")!: token]
        ) { $0 }
    }

    @Test("no public page, feed or API shows a question whose asker did not consent, or withdrew before publication")
    func nothingPublicWithoutConsent() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, _ in
            let clerk = try await client.token("thu.ky")
            let (consented, consentedToken) = try await Self.approved(
                client,
                "Cống thoát nước ấp Tân Hòa tắc nghẽn, xin hỏi khi nào khơi thông?",
                phone: "0911 300 001",
                publish: true
            )
            let (never, _) = try await Self.approved(
                client,
                "Gia đình tôi nợ tiền điện vì bệnh tim mạch kéo dài.",
                phone: "0911 300 002",
                publish: false
            )
            let (withdrawn, token) = try await Self.approved(
                client,
                "Con tôi bị bạo hành ở trường mầm non Hoa Sen, xin xã can thiệp.",
                phone: "0911 300 003",
                publish: true
            )
            let gone = try await Self.withdraw(client, withdrawn, "publish", token: token)
            #expect(gone.status == .ok, "\(gone.text)")
            let consents = gone.json["consents"] as? [[String: Any]] ?? []
            #expect(consents.first { $0["purpose"] as? String == "publish" }?["withdrawn_at"] is String)
            #expect(consents.first { $0["purpose"] as? String == "broadcast" }?["withdrawn_at"] == nil, "the other consent stands")
            #expect(consents.allSatisfy { $0["text_version"] as? String == PrivacyNotice.version && $0["channel"] as? String == "web" })
            #expect(try await Self.withdraw(client, withdrawn, "publish", token: token).status == .conflict, "withdrawn once")
            #expect(try await Self.withdraw(client, withdrawn, "publish", token: "wrong").status == .notFound)
            #expect(try await Self.withdraw(client, withdrawn, "everything", token: token).status == .unprocessableContent)

            func bulletin(_ references: [String]) async throws -> TestResponse {
                let body: [String: Any] = ["organisation_id": "xa-tan-thanh", "title": "Bản tin giải đáp tháng 12", "question_refs": references]
                return try await client.send(
                    .post,
                    "/api/v1/bulletins",
                    token: clerk,
                    String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self)
                )
            }
            let refused = try await bulletin([consented, never, withdrawn])
            #expect(refused.status == .unprocessableContent && refused.text.contains(never) && refused.text.contains(withdrawn))
            let issued = try await bulletin([consented])
            #expect(issued.status == .created, "\(issued.text)")
            let id = try #require(issued.json["id"] as? String)
            for reference in [never, withdrawn] {
                #expect(try await client.send(.post, "/api/v1/questions/\(reference)/publish", token: clerk).status == .ok, "answered to its asker")
            }
            let publicRoutes = [
                "/", "/?lang=en", "/bulletins", "/bulletins/\(id)", "/bulletins/\(id)?format=txt", "/bulletins.atom", "/api/v1/bulletins",
                "/api/v1/bulletins/\(id)", "/api/v1/public/questions", "/api/v1/public/questions?organisation=xa-tan-thanh",
                "/organisations/xa-tan-thanh", "/organisations/xa-tan-thanh/questions", "/organisations/xa-tan-thanh/commitments",
                "/organisations", "/questions/\(never)", "/questions/\(withdrawn)", "/api/v1/questions/\(never)",
            ]
            var seen = ""
            for route in publicRoutes {
                let response = try await QuestionAPITests.get(client, route)
                #expect(response.status.code < 500, "\(route): \(response.status)")
                seen += response.text
                // A 404 may repeat the reference asked for; nothing else of it.
                let echoed = route.hasSuffix(never) || route.hasSuffix(withdrawn)
                for secret in ["bệnh tim mạch", "bạo hành", "Hoa Sen"] + (echoed ? [] : [never, withdrawn]) {
                    #expect(!response.text.contains(secret), "\(secret) on \(route)")
                }
            }
            #expect(seen.contains("Cống thoát nước ấp Tân Hòa"), "the consented question is public, so the search above could find the others")

            // Withdrawn after its bulletin: the bulletin stays as it was issued; every later list leaves the question out.
            #expect(try await Self.withdraw(client, consented, "publish", token: consentedToken).status == .ok)
            #expect(try await QuestionAPITests.get(client, "/bulletins/\(id)").text.contains("Cống thoát nước ấp Tân Hòa"))
            let list = try await QuestionAPITests.get(client, "/api/v1/public/questions?organisation=xa-tan-thanh")
            #expect(!list.text.contains(consented) && !list.text.contains("Cống thoát nước"))
            #expect(!(try await QuestionAPITests.get(client, "/organisations/xa-tan-thanh/questions").text.contains("Cống thoát nước")))
        }
    }

    @Test("the form ticks nothing for the citizen; the tracking page lists each consent and withdraws it")
    func formAndTrackingPage() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, _ in
            let form = try await QuestionAPITests.get(client, "/questions/new?organisation=xa-tan-thanh")
            for field in ["publish_consent", "broadcast_consent", "messages_consent"] {
                let input = try #require(form.text.range(of: #"<input type="checkbox" id="\#(field)"[^>]*>"#, options: .regularExpression))
                #expect(!form.text[input].contains("checked"), "\(field) is the citizen's to tick")
            }
            #expect(form.text.contains(#"href="/privacy""#))
            let asked = try await QuestionAPITests.ask(
                client,
                "Xin hỏi thủ tục cấp lại giấy khai sinh bị mất?",
                phone: "0911 300 010",
                extra: ["publish_consent": false, "broadcast_consent": true, "messages_consent": true]
            )
            let reference = try #require(asked.json["reference"] as? String)
            let token = try #require(asked.json["token"] as? String)
            let tracking = "/questions/\(reference)?token=\(token.queryEncodedForTest)"
            let page = try await QuestionAPITests.get(client, tracking)
            #expect(page.text.contains(#"id="consent-broadcast""#) && page.text.contains(#"id="consent-messages""#))
            #expect(!page.text.contains(#"id="consent-publish""#), "never given, so nothing to withdraw")
            #expect(page.text.contains(#"id="withdraw-broadcast""#))
            let csrf = try await client.execute(uri: "/staff", method: .get) { try #require(PagesTests.cookie("td_csrf", in: $0)) }
            let posted = try await client.execute(
                uri: "/questions/\(reference)/consents/broadcast/withdraw",
                method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "td_csrf=\(csrf)"],
                body: ByteBuffer(string: "_csrf=\(csrf)&token=\(token.queryEncodedForTest)")
            ) { $0 }
            #expect(posted.status == .seeOther)
            let after = try await QuestionAPITests.get(client, tracking)
            #expect(!after.text.contains(#"id="withdraw-broadcast""#) && after.text.contains(#"id="withdraw-messages""#))
            #expect(after.text.contains("Người gửi rút lại đồng ý") && after.text.contains("Đồng ý đọc trên sóng"))
            let privacy = try await QuestionAPITests.get(client, "/privacy")
            #expect(privacy.status == .ok && privacy.text.contains("Thông báo xử lý dữ liệu cá nhân") && privacy.text.contains(PrivacyNotice.version))
            #expect(privacy.text.contains("Lịch hẹn mà người đặt không đến") && privacy.text.contains("Điều 19"))
            #expect(try await QuestionAPITests.get(client, "/privacy?lang=en").text.contains("How long it is kept"))
        }
    }

    @Test("a booking asks for the consent to be messaged, unticked; without it only the office's changes are texted, and it can be withdrawn")
    func bookingMessages() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, store in
            let session = try await BookingAPITests.session(client)
            let form = try await QuestionAPITests.get(client, "/book/details?session=\(session)")
            let input = try #require(form.text.range(of: #"<input type="checkbox" id="messages_consent"[^>]*>"#, options: .regularExpression))
            #expect(!form.text[input].contains("checked"), "the citizen's to tick")
            let csrf = try await client.execute(uri: "/staff", method: .get) { try #require(PagesTests.cookie("td_csrf", in: $0)) }
            func post(_ uri: String, _ body: String) async throws -> (status: HTTPResponse.Status, location: String) {
                try await client.execute(
                    uri: uri,
                    method: .post,
                    headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "td_csrf=\(csrf)"],
                    body: ByteBuffer(string: "_csrf=\(csrf)&" + body)
                ) { ($0.status, $0.headers[.location] ?? "") }
            }
            let fields = "session=\(session)&name=Tran+Thi+Hoa&phone=0912+300+020&email=hoa%40example.vn&subject=Cap+giay+dat"
            let check = try await client.execute(
                uri: "/book/check",
                method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "td_csrf=\(csrf)"],
                body: ByteBuffer(string: "_csrf=\(csrf)&\(fields)&messages_consent=1")
            ) { $0.text }
            #expect(check.contains(#"id="answer-messages_consent">Có"#), "check your answers shows the choice")
            let consented = try await post("/book/confirm", fields + "&messages_consent=1")
            let unconsented = try await post("/book/confirm", fields.replacingOccurrences(of: "0912+300+020", with: "0912+300+021"))
            #expect(consented.status == .seeOther && unconsented.status == .seeOther)
            func split(_ location: String) throws -> (reference: String, token: String) {
                let url = try #require(URLComponents(string: location))
                return (
                    String(url.path.split(separator: "/").last ?? ""), try #require(url.queryItems?.first { $0.name == "token" }?.value)
                )
            }
            let (reference, token) = try split(consented.location)
            let (other, _) = try split(unconsented.location)
            let page = try await QuestionAPITests.get(client, "/bookings/\(reference)?token=\(token.queryEncodedForTest)")
            #expect(page.text.contains(#"id="withdraw-messages""#))
            let api = try await client.execute(uri: "/api/v1/bookings/\(reference)", method: .get, headers: [.init("X-Tracking-Token")!: token]) {
                $0.json
            }
            #expect(api["messages_consent"] as? Bool == true)

            // The session is cancelled: the consenting citizen gets a text and an e-mail; the other a text only.
            let clerk = try await client.token("thu.ky")
            #expect(try await client.send(.post, "/api/v1/sessions/\(session)/cancel", token: clerk, #"{"reason": "Bão"}"#).status == .ok)
            let outbox = NotificationOutbox(store: store)
            #expect(Set(try await outbox.notices(aboutKind: "booking", aboutID: reference).map(\.notice.channel)) == [.zalo, .email])
            #expect(try await outbox.notices(aboutKind: "booking", aboutID: other).map(\.notice.channel) == [.zalo])

            // Withdrawn on the booking page: the consent leaves the page and the API, and a second tap changes nothing.
            #expect(try await post("/bookings/\(reference)/consents/messages/withdraw", "token=\(token.queryEncodedForTest)").status == .seeOther)
            #expect(try await post("/bookings/\(reference)/consents/messages/withdraw", "token=\(token.queryEncodedForTest)").status == .seeOther)
            #expect(try await post("/bookings/\(reference)/consents/messages/withdraw", "token=wrong").status == .notFound)
            let after = try await QuestionAPITests.get(client, "/bookings/\(reference)?token=\(token.queryEncodedForTest)")
            #expect(after.status == .ok && !after.text.contains(#"id="withdraw-messages""#))
            let withdrawn = try await client.execute(
                uri: "/api/v1/bookings/\(reference)/consents/messages/withdraw",
                method: .post,
                headers: [.init("X-Tracking-Token")!: token]
            ) { $0.status }
            #expect(withdrawn == .conflict, "nothing left to withdraw")
        }
    }

    @Test("the notice's version changes whenever the notice or a consent's wording does")
    func versionFollowsTheWording() throws {
        let templates = URL(fileURLWithPath: TestApp.templatesDirectory)
        var text = try String(contentsOf: templates.appendingPathComponent("web/privacy.mustache"), encoding: .utf8)
        for language in ["vi", "en"] {
            let data = try Data(contentsOf: templates.appendingPathComponent("web/i18n/\(language).json"))
            let words = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
            for key in words.keys.sorted() where key.hasPrefix("consent_") { text += "\u{1}\(key)=\(words[key]!)" }
        }
        let digest = SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
        // When this fails: the wording changed. Give PrivacyNotice.version a new date, then pin the new digest here.
        #expect(
            PrivacyNotice.version == "2026-12-01" && digest == "0aa41af2a6feb90c86d0f943992e2669d5c0054a55f65bd6423b193d05944400",
            "digest \(digest)"
        )
    }
}
