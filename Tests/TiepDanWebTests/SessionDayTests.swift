import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import SQLKit
import Testing
import TiepDanCore
import TiepDanNotify
import TiepDanPublish
import TiepDanStore

/// The session day over HTTP: postpone, cancel, check-in, outcomes, held, and the register.
@Suite("Session day")
struct SessionDayTests {
    static func book(
        _ client: any TestClientProtocol,
        _ session: String,
        phone: String,
        email: String? = nil,
        messagesConsent: Bool = true
    ) async throws -> String {
        var citizen = ""
        if let email { citizen = #", "email": "\#(email)""# }
        let body =
            #"{"session_id": "\#(session)", "subject": "Đường xã ngập", "messages_consent": \#(messagesConsent), "citizen": {"name": "Phạm Văn Út", "phone": "\#(phone)", "address": "Ấp 3"\#(citizen)}}"#
        return try await client.execute(uri: "/api/v1/bookings", method: .post, headers: BookingAPITests.json, body: ByteBuffer(string: body)) {
            response in
            #expect(response.status == .created, "\(response.text)")
            return try #require(response.json["reference"] as? String)
        }
    }

    @Test("postpone moves the bookings and answers how many notices it queued; bad requests change nothing")
    func postpone() async throws {
        try await TestApp.run { client, store in
            let session = try await BookingAPITests.session(client)
            let reference = try await Self.book(client, session, phone: "0903 111 222", email: "ut@example.vn")
            // Without consent to messages, the citizen is told of the move by text message only, never by e-mail.
            let unconsented = try await Self.book(client, session, phone: "0903 111 333", email: "vo@example.vn", messagesConsent: false)
            let clerk = try await client.token("thu.ky")
            let leader = try await client.token("lanh.dao")
            let confirmations = try await NotificationOutbox(store: store).counts()
            let startsAt = try await client.execute(uri: "/api/v1/sessions/\(session)", method: .get) {
                try #require($0.json["starts_at"] as? String)
            }
            let newStart = try Date(startsAt, strategy: .iso8601).addingTimeInterval(86_400)
            let to = RFC3339.string(newStart)
            let uri = "/api/v1/sessions/\(session)/postpone"
            #expect(try await client.send(.post, uri, token: leader, #"{"to": "\#(to)", "reason": "họp"}"#).status == .forbidden)
            let invalid = try await client.send(.post, uri, token: clerk, #"{"to": "tomorrow", "reason": "x"}"#)
            #expect(invalid.status == .unprocessableContent)
            let past = try await client.send(.post, uri, token: clerk, #"{"to": "2020-01-01T08:00:00+07:00", "reason": "Chủ tịch họp"}"#)
            #expect(past.status == .unprocessableContent && past.text.contains(#""field":"to""#))
            #expect(
                try await client.send(.post, "/api/v1/sessions/khong-co/postpone", token: clerk, #"{"to": "\#(to)", "reason": "Chủ tịch họp"}"#)
                    .status
                    == .notFound
            )
            #expect(try await NotificationOutbox(store: store).counts() == confirmations, "refused requests queue nothing")
            let moved = try await client.send(.post, uri, token: clerk, #"{"to": "\#(to)", "reason": "Chủ tịch họp HĐND"}"#)
            #expect(moved.status == .ok, "\(moved.text)")
            #expect(moved.json["notices_queued"] as? Int == 3)
            let view = try #require(moved.json["session"] as? [String: Any])
            #expect(view["status"] as? String == "postponed")
            #expect(view["reason"] as? String == "Chủ tịch họp HĐND")
            #expect(view["slots_available"] as? Int == (view["slots_total"] as? Int ?? 0) - 2, "the bookings moved with the session")
            let booking = try #require(try await BookingRepository(store: store).find(reference: reference, tokenHash: nil))
            #expect(booking.slotStartsAt == newStart)
            let notices = try await NotificationOutbox(store: store).notices(aboutKind: "booking", aboutID: reference)
            // The confirmation may share the move's second: each is found by what it says.
            let mail = try #require(notices.first { $0.notice.channel == .email && $0.notice.subject.contains("đã dời") })
            #expect(mail.notice.attachment?.content.contains("DTSTART:" + ICalendarFeedTestSupport.utc(newStart)) == true)
            let sms = try #require(notices.first { $0.notice.channel == .zalo && $0.notice.body.contains("doi sang") })
            #expect(sms.notice.recipient == "0903 111 222")
            #expect(sms.notice.body.count <= 160 && sms.notice.body.allSatisfy(\.isASCII), "one unaccented SMS segment: \(sms.notice.body)")
            // Its confirmation was never queued: only the move.
            let told = try await NotificationOutbox(store: store).notices(aboutKind: "booking", aboutID: unconsented)
            #expect(told.map(\.notice.channel) == [.zalo] && told.first?.notice.recipient == "0903 111 333")
        }
    }

    @Test("the day: check-in, outcomes with their required detail, held, and the register as JSON")
    func day() async throws {
        try await TestApp.run { client, store in
            let session = try await BookingAPITests.session(client)
            let first = try await Self.book(client, session, phone: "0903 000 001")
            let second = try await Self.book(client, session, phone: "0903 000 002")
            let clerk = try await client.token("thu.ky")
            let leader = try await client.token("lanh.dao")
            let early = try await client.send(.post, "/api/v1/bookings/\(first)/check-in", token: clerk, "")
            #expect(early.status == .conflict, "check-in opens on the day")
            // Today is the session's day: move it to start an hour ago (no endpoint moves a session into the past).
            let now = Int64(Date().timeIntervalSince1970)
            try await store.transaction { database in
                try await database.raw(
                    "UPDATE sessions SET starts_at = \(bind: now - 3600), ends_at = \(bind: now + 3 * 3600) WHERE id = \(bind: session)"
                ).run()
            }
            #expect(try await client.send(.post, "/api/v1/bookings/\(first)/check-in", token: leader, "").status == .forbidden)
            #expect(
                try await client.send(
                    .post,
                    "/api/v1/bookings/\(first)/outcome",
                    token: clerk,
                    #"{"outcome": "accepted", "category": "complaint", "id_number": "079186001234", "address": "Ấp 3"}"#
                ).status == .conflict,
                "check in first"
            )
            let checkedIn = try await client.send(.post, "/api/v1/bookings/\(first)/check-in", token: clerk, "")
            #expect(checkedIn.status == .ok && checkedIn.json["checked_in_at"] is String)
            #expect(try await client.send(.post, "/api/v1/bookings/\(first)/check-in", token: clerk, "").status == .conflict)
            #expect(try await client.send(.post, "/api/v1/bookings/TD-0000-000000/check-in", token: clerk, "").status == .notFound)
            let refused = try await client.send(
                .post,
                "/api/v1/bookings/\(first)/outcome",
                token: leader,
                #"{"outcome": "refused", "category": "complaint"}"#
            )
            #expect(refused.status == .unprocessableContent)
            #expect((refused.json["errors"] as? [[String: Any]])?.first?["field"] as? String == "detail")
            let wrong = try await client.send(
                .post,
                "/api/v1/bookings/\(first)/outcome",
                token: leader,
                #"{"outcome": "maybe", "category": "gossip"}"#
            )
            #expect(Set((wrong.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }) == ["outcome", "category"])
            // Law 136/2025/QH15: a complaint is received from an identified person; the booking had no ID number.
            let anonymous = try await client.send(
                .post,
                "/api/v1/bookings/\(first)/outcome",
                token: leader,
                #"{"outcome": "transferred", "detail": "Chuyển Phòng Tài nguyên và Môi trường", "category": "complaint"}"#
            )
            #expect(anonymous.status == .unprocessableContent)
            #expect((anonymous.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }.contains("id_number"))
            let transferred = try await client.send(
                .post,
                "/api/v1/bookings/\(first)/outcome",
                token: leader,
                #"{"outcome": "transferred", "detail": "Chuyển Phòng Tài nguyên và Môi trường", "category": "complaint", "handled_before": "UBND ấp 3", "id_number": "079186001234", "address": "Ấp 3"}"#
            )
            #expect(transferred.status == .ok && transferred.json["outcome"] as? String == "transferred")
            _ = try await client.send(.post, "/api/v1/bookings/\(second)/check-in", token: clerk, "")
            _ = try await client.send(
                .post,
                "/api/v1/bookings/\(second)/outcome",
                token: clerk,
                #"{"outcome": "accepted", "category": "petition", "id_number": "079186005678", "address": "Ấp 1"}"#
            )

            let leaderID = try await client.execute(uri: "/api/v1/sessions/\(session)", method: .get) {
                try #require(($0.json["leader_ids"] as? [String])?.first)
            }
            #expect(
                try await client.send(.post, "/api/v1/sessions/\(session)/held", token: clerk, #"{"received_by": ["ai-do"]}"#).status
                    == .unprocessableContent
            )
            let held = try await client.send(.post, "/api/v1/sessions/\(session)/held", token: clerk, #"{"received_by": ["\#(leaderID)"]}"#)
            #expect(held.status == .ok && held.json["status"] as? String == "held", "\(held.text)")
            #expect(
                try await client.send(.post, "/api/v1/sessions/\(session)/held", token: clerk, #"{"received_by": ["\#(leaderID)"]}"#).status
                    == .conflict
            )
            #expect(try await client.send(.post, "/api/v1/sessions/\(session)/cancel", token: clerk, #"{"reason": "muộn rồi"}"#).status == .conflict)

            let today = ZoneClock(RFC3339.vietnam).day(of: Date())
            try await client.send(.get, "/api/v1/register?organisation=xa-tan-thanh&from=\(today)&to=\(today)", token: leader) { response in
                #expect(response.status == .ok)
                let lines = response.json["items"] as? [[String: Any]] ?? []
                #expect(lines.map { $0["reference"] as? String } == [first, second])
                #expect(lines.first?["number"] as? Int == 1)
                #expect(lines.first?["name_and_address"] as? String == "Phạm Văn Út, Ấp 3")
                #expect((lines.first?["handling"] as? String)?.hasPrefix("Chuyển đơn: Chuyển Phòng Tài nguyên") == true)
                #expect(lines.first?["handled_before"] as? String == "UBND ấp 3")
                #expect((lines.first?["category_and_people"] as? String)?.hasPrefix("Khiếu nại, 1 người") == true)
                #expect((lines.last?["handling"] as? String) == "Thụ lý giải quyết")
            }
            try await client.execute(uri: "/api/v1/register?organisation=xa-tan-thanh", method: .get) { #expect($0.status == .unauthorized) }
            try await client.send(.get, "/api/v1/register?organisation=khong-co", token: leader) {
                #expect($0.status == .unprocessableContent)
            }
        }
    }

    @Test("cancelling a session releases its seats; promotion after a cancellation queues a notice")
    func cancel() async throws {
        try await TestApp.run { client, store in
            let session = try await BookingAPITests.session(client)
            let reference = try await Self.book(client, session, phone: "0903 222 333")
            let clerk = try await client.token("thu.ky")
            let cancelled = try await client.send(.post, "/api/v1/sessions/\(session)/cancel", token: clerk, #"{"reason": "Bão số 3"}"#)
            #expect(cancelled.status == .ok)
            #expect(cancelled.json["notices_queued"] as? Int == 1)
            #expect(try await BookingRepository(store: store).find(reference: reference, tokenHash: nil)?.status == .cancelled)
            try await client.execute(
                uri: "/api/v1/bookings",
                method: .post,
                headers: BookingAPITests.json,
                body: BookingAPITests.body(session, phone: "0903 999 999")
            ) { #expect($0.status == .conflict) }
            try await client.execute(uri: "/calendar/xa-tan-thanh.ics", method: .get) { response in
                #expect(response.text.contains("STATUS:CANCELLED"))
            }
        }
    }

    @Test("the worker sends what is due, retries a failure later, and gives up after the last delay")
    func worker() async throws {
        try await TestApp.run { client, store in
            let session = try await BookingAPITests.session(client)
            _ = try await Self.book(client, session, phone: "0903 444 555", email: "a@example.vn")
            let clerk = try await client.token("thu.ky")
            _ = try await client.send(.post, "/api/v1/sessions/\(session)/cancel", token: clerk, #"{"reason": "Bão số 3"}"#)
            let outbox = NotificationOutbox(store: store)
            let sent = SentNotices()
            var logger = Logger(label: "test")
            logger.logLevel = .critical
            let failing = NotificationWorker(outbox: outbox, email: FailingSender(), sms: sent, logger: logger)
            let now = Date()
            // The confirmation and the cancellation, each a text message and an e-mail.
            #expect(try await failing.deliverDue(now: now) == 2, "the text messages went; the e-mails failed")
            #expect(try await failing.deliverDue(now: now.addingTimeInterval(30)) == 0, "not retried before its delay")
            var at = now
            for delay in NotificationWorker.retryDelays {
                at = at.addingTimeInterval(delay + 1)
                #expect(try await failing.deliverDue(now: at) == 0)
            }
            #expect(try await outbox.counts() == ["sent": 2, "failed": 2])
            #expect(await sent.count == 2)
        }
    }
}

/// A sender that always fails, as an unreachable mail server does.
struct FailingSender: NotificationSender {
    struct Down: Error {}
    func send(_ notice: OutgoingNotice, id: String) async throws { throw Down() }
}

/// A sender that counts what it was given.
actor SentNotices: NotificationSender {
    var count = 0
    nonisolated func send(_ notice: OutgoingNotice, id: String) async throws { await add() }
    private func add() { count += 1 }
}

/// The UTC form the calendar files use.
enum ICalendarFeedTestSupport {
    static func utc(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }
}
