import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TiepDanStore
import TiepDanTestSupport

/// Public pages, feeds and JSON are kept after rendering and sent again with their `ETag` (304 to a client that holds
/// them), and each kind of write that changes one shows on the very next request: on both engines, and on a second
/// instance over the same PostgreSQL database, whose cache never saw the write.
@Suite("Public response cache")
struct PublicCacheTests {
    static var engines: [DatabaseEngine] { TestDatabase.postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    @Test("a kept page is answered 304 to its holder and changes on the next request after each kind of write", arguments: engines)
    func writesShow(engine: DatabaseEngine) async throws {
        try await TestApp.run(engine: engine, publicWritesPerMinute: 100) { client, _ in
            try await Self.writesShow(reader: client, writer: client)
        }
    }

    @Test(
        "a second instance on PostgreSQL shows each write made through the first on its next request",
        .enabled(if: TestDatabase.postgresURL != nil, "set TIEPDAN_TEST_POSTGRES_URL (the test script does)")
    )
    func acrossInstances() async throws {
        try await TestDatabase.with(.postgres) { store, location in
            try await TestApp.prepare(store)
            let other = try await StoreOpener.open(location, for: .serve, logger: TestDatabase.logger)
            do {
                let writer = try await TestApp.application(store, publicWritesPerMinute: 100)
                let reader = try await TestApp.application(other)
                try await writer.test(.router) { writing in
                    try await reader.test(.router) { reading in try await Self.writesShow(reader: reading, writer: writing) }
                }
                try await other.close()
            } catch {
                try? await other.close()
                throw error
            }
        }
    }

    @Test("on SQLite, a write by another process on the same file (an administrator's command) shows within a second")
    func otherProcessOnSQLite() async throws {
        try await TestDatabase.with(.sqlite) { store, location in
            try await TestApp.prepare(store)
            let command = try await StoreOpener.open(location, for: .admin, logger: TestDatabase.logger)
            do {
                try await TestApp.application(store).test(.router) { client in
                    let schedule = "/organisations/xa-tan-thanh"
                    let before = try await Self.kept(client, schedule)
                    let session = try await BookingAPITests.session(client)
                    try await command.transaction { database in
                        try await database.raw(
                            "UPDATE sessions SET status = 'cancelled', reason = 'Bão số 9', sequence = sequence + 1 WHERE id = \(bind: session)"
                        ).run()
                    }
                    try await Task.sleep(for: .milliseconds(1100))
                    #expect(try await Self.changed(client, schedule, from: before.etag).contains("Bão số 9"))
                }
                try await command.close()
            } catch {
                try? await command.close()
                throw error
            }
        }
    }

    @Test("signed-in staff and answers that set a cookie are not kept; a client's If-None-Match from another page is not honoured")
    func notKept() async throws {
        try await TestApp.run { client in
            let page = try await Self.kept(client, "/organisations/xa-tan-thanh")
            let other = try await client.execute(uri: "/organisations/xa-lai-vung", method: .get, headers: [.ifNoneMatch: page.etag]) { $0 }
            #expect(other.status == .ok && other.headers[.eTag] != page.etag)
            let clerk = try await client.token("thu.ky")
            let staff = try await client.execute(
                uri: "/organisations/xa-tan-thanh",
                method: .get,
                headers: [.authorization: "Bearer \(clerk)", .ifNoneMatch: page.etag]
            ) { $0 }
            #expect(staff.status == .ok && staff.headers[.eTag] == nil, "staff get a page of their own")
            let switching = try await client.execute(uri: "/organisations/xa-tan-thanh?lang=en", method: .get) { $0 }
            #expect(switching.headers[.setCookie] != nil && switching.headers[.eTag] == nil)
            let english = try await client.execute(uri: "/organisations/xa-tan-thanh", method: .get, headers: [.cookie: "lang=en"]) { $0 }
            #expect(english.headers[.eTag] != page.etag && english.text.contains("Book a meeting"), "each language kept apart")
        }
    }

    /// Each kind of write through `writer`, each page it changes read through `reader` before and after.
    static func writesShow(reader: any TestClientProtocol, writer: any TestClientProtocol) async throws {
        let clerk = try await writer.token("thu.ky")
        let schedule = "/organisations/xa-tan-thanh"

        // A booking: the schedule's seats left for that session go down by one.
        let session = try await BookingAPITests.session(writer)
        let before = try await kept(reader, schedule)
        let seats = try #require(seatsLeft(session, in: before.text), "the schedule shows the seats left")
        let booked = try await writer.execute(
            uri: "/api/v1/bookings",
            method: .post,
            headers: BookingAPITests.json,
            body: BookingAPITests.body(session)
        )
        #expect(booked.status == .created)
        let afterBooking = try await changed(reader, schedule, from: before.etag)
        #expect(seatsLeft(session, in: afterBooking) == seats - 1)

        // A question's answer published in a bulletin: the public list and the organisation's answered questions show it.
        let list = "/api/v1/public/questions?organisation=xa-tan-thanh"
        let answered = "/organisations/xa-tan-thanh/questions"
        let reference = try await DocumentAPITests.approved(
            writer,
            "Cống thoát nước ấp Tân Hòa bị nghẹt, khi nào xã khơi thông?",
            phone: "0911 444 555"
        )
        let listBefore = try await kept(reader, list)
        let answeredBefore = try await kept(reader, answered)
        #expect(!listBefore.text.contains(reference) && !answeredBefore.text.contains(reference))
        let bulletin = try await writer.send(
            .post,
            "/api/v1/bulletins",
            token: clerk,
            #"{"organisation_id": "xa-tan-thanh", "title": "Bản tin tháng 12", "question_refs": ["\#(reference)"]}"#
        )
        #expect(bulletin.status == .created)
        #expect(try await changed(reader, list, from: listBefore.etag).contains(reference))
        #expect(try await changed(reader, answered, from: answeredBefore.etag).contains(reference))

        // A commitment's progress: its row on the accountability page shows it.
        let commitments = "/organisations/xa-tan-thanh/commitments"
        let made = try await CommitmentAPITests.create(writer, token: clerk, [:])
        let id = try #require(made.json["id"] as? String)
        let accountability = try await kept(reader, commitments)
        #expect(accountability.text.contains(#"id="row-\#(id)""#))
        let officer = try await writer.token("can.bo")
        let progress = try await writer.send(
            .post,
            "/api/v1/commitments/\(id)/progress",
            token: officer,
            #"{"progress": 40, "note": "Đã khảo sát tuyến kênh"}"#
        )
        #expect(progress.status == .ok)
        let afterProgress = try await changed(reader, commitments, from: accountability.etag)
        #expect(afterProgress.contains(#"<progress max="100" value="40">"#))

        // A session postponed: the schedule and the calendar feed show the move and its reason.
        let feed = "/calendar/xa-tan-thanh.ics"
        let scheduleBefore = try await kept(reader, schedule)
        let feedBefore = try await kept(reader, feed)
        let detail = try await writer.execute(uri: "/api/v1/sessions/\(session)", method: .get) { $0.json }
        let startsText = try #require(detail["starts_at"] as? String)
        let starts = try #require(ISO8601DateFormatter().date(from: startsText))
        let to = ISO8601DateFormatter().string(from: starts.addingTimeInterval(2 * 86_400))
        let postponed = try await writer.send(
            .post,
            "/api/v1/sessions/\(session)/postpone",
            token: clerk,
            #"{"to": "\#(to)", "reason": "Trùng lịch họp Hội đồng nhân dân"}"#
        )
        #expect(postponed.status == .ok, "\(postponed.text)")
        #expect(try await changed(reader, schedule, from: scheduleBefore.etag).contains("Trùng lịch họp Hội đồng nhân dân"))
        let feedAfter = try await changed(reader, feed, from: feedBefore.etag)
        #expect(feedAfter.contains("DTSTART:" + utc(starts.addingTimeInterval(2 * 86_400))))
    }

    /// The page's tag once it is kept: asked again with it, the reader answers 304 without the page.
    static func kept(_ client: any TestClientProtocol, _ uri: String) async throws -> (etag: String, text: String) {
        let first = try await client.execute(uri: uri, method: .get) { $0 }
        #expect(first.status == .ok, "\(uri)")
        let etag = try #require(first.headers[.eTag], "\(uri) carries an ETag")
        let again = try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: etag]) { $0 }
        #expect(again.status == .notModified && again.body.readableBytes == 0 && again.headers[.eTag] == etag, "\(uri)")
        return (etag, first.text)
    }

    /// The page after a write, asked for with the tag of the copy from before it: the new page, not 304.
    static func changed(_ client: any TestClientProtocol, _ uri: String, from etag: String) async throws -> String {
        let response = try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: etag]) { $0 }
        #expect(response.status == .ok, "\(uri) changed, yet was answered \(response.status.code)")
        #expect(response.headers[.eTag] != etag)
        return response.text
    }

    /// The seats left the schedule shows for `session`.
    static func seatsLeft(_ session: String, in html: String) -> Int? {
        guard let item = html.range(of: #"id="\#(session)""#),
            let label = html.range(of: #"<span class="seats">"#, range: item.upperBound..<html.endIndex),
            let end = html.range(of: "</span>", range: label.upperBound..<html.endIndex)
        else { return nil }
        return Int(html[label.upperBound..<end.lowerBound].split(separator: " ").last ?? "")
    }

    static func utc(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }
}
