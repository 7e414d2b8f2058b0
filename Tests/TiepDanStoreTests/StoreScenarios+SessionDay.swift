import Foundation
import SQLKit
import Testing
import TiepDanCore

@testable import TiepDanStore

/// A composer that writes one text message per booking, and an e-mail when there is an address; one text message per
/// question with a phone.
struct FixtureComposer: NoticeComposer {
    func notices(for facts: QuestionNoticeFacts) -> [OutgoingNotice] {
        facts.phone.map {
            [
                OutgoingNotice(
                    channel: .sms,
                    recipient: $0,
                    subject: facts.kind.rawValue,
                    body: facts.reference,
                    aboutKind: "question",
                    aboutID: facts.reference
                )
            ]
        } ?? []
    }

    func notices(for facts: StaffNoticeFacts) -> [OutgoingNotice] {
        [
            OutgoingNotice(
                channel: .staff,
                recipient: facts.recipient,
                subject: facts.kind.rawValue,
                body: facts.reference,
                aboutKind: "question",
                aboutID: facts.reference
            )
        ]
    }

    func notices(for facts: BookingNoticeFacts) -> [OutgoingNotice] {
        var notices = [
            OutgoingNotice(
                channel: .sms,
                recipient: facts.phone,
                subject: facts.change.rawValue,
                body: "\(facts.reference) \(facts.change.rawValue)",
                aboutKind: "booking",
                aboutID: facts.reference
            )
        ]
        if let email = facts.email {
            notices.append(
                OutgoingNotice(
                    channel: .email,
                    recipient: email,
                    subject: facts.change.rawValue,
                    body: facts.reference,
                    attachment: NoticeAttachment(filename: "b.ics", mediaType: "text/calendar", content: "X"),
                    aboutKind: "booking",
                    aboutID: facts.reference
                )
            )
        }
        return notices
    }
}

extension StoreScenarios {
    static let sessionDay: [StoreScenario] = [
        StoreScenario(name: "postponing moves slots and bookings, queues notices with the change, and a later sync keeps it") {
            (store: any Store) async throws in
            let session = try await BookingFixtures.session(in: store)
            let bookings = BookingRepository(store: store)
            var withEmail = BookingFixtures.request(session, phone: 1)
            withEmail.email = "binh@example.vn"
            let first = try await bookings.book(withEmail, now: BookingFixtures.now, closesBefore: 3600)
            let second = try await bookings.book(BookingFixtures.request(session, phone: 2), now: BookingFixtures.now, closesBefore: 3600)
            let schedules = ScheduleRepository(store: store)
            let before = try #require(try await schedules.session(id: session))
            let to = before.startsAt.addingTimeInterval(2 * 86_400 + 3600)
            let result = try await schedules.postpone(
                session,
                to: to,
                reason: "Chủ tịch đi công tác",
                actor: "u-1",
                now: BookingFixtures.now,
                composer: FixtureComposer()
            )
            #expect(result.noticesQueued == 3)
            #expect(result.session.status == .postponed)
            #expect(result.session.startsAt == to)
            #expect(result.session.endsAt == before.endsAt.addingTimeInterval(2 * 86_400 + 3600))
            #expect(result.session.movedFrom == ZoneClock(RFC3339.vietnam).day(of: before.startsAt))
            #expect(result.session.sequence == before.sequence + 1)
            for reference in [first.reference, second.reference] {
                let moved = try #require(try await bookings.find(reference: reference, tokenHash: nil))
                #expect(moved.status == .confirmed)
                #expect(moved.slotStartsAt == to)
            }
            let outbox = NotificationOutbox(store: store)
            let queued = try await outbox.notices(aboutKind: "booking", aboutID: first.reference)
            #expect(queued.map(\.notice.channel).sorted { $0.rawValue < $1.rawValue } == [.email, .sms])
            #expect(queued.allSatisfy { $0.status == "pending" })
            // The files still say the old time; the secretariat's notice stands.
            var planned = ScheduleFixtures.planned(days: [7], now: BookingFixtures.now)
            planned[0].slotMinutes = 240
            planned[0].slotCapacity = 3
            planned[0].title = "Tiếp công dân (sửa)"
            _ = try await schedules.sync(
                schedules: [ScheduleFixtures.schedule],
                sessions: planned,
                now: BookingFixtures.now,
                horizon: BookingFixtures.now.addingTimeInterval(30 * 86_400)
            )
            let kept = try #require(try await schedules.session(id: session))
            #expect(kept.status == .postponed && kept.startsAt == to)
            // A clash with another session of the same leader is refused, and nothing changes.
            await #expect(throws: SessionChangeError.self) {
                _ = try await schedules.postpone(
                    session,
                    to: BookingFixtures.now.addingTimeInterval(-3600),
                    reason: "quá khứ",
                    actor: "u-1",
                    now: BookingFixtures.now,
                    composer: FixtureComposer()
                )
            }
            #expect(try await outbox.counts()["pending"] == 3)
        },
        StoreScenario(name: "cancelling a session releases its bookings and tells every citizen, once") { (store: any Store) async throws in
            let session = try await BookingFixtures.session(in: store)
            let bookings = BookingRepository(store: store)
            for index in 0..<4 {
                _ = try await bookings.book(
                    BookingFixtures.request(session, phone: index, waitlist: true),
                    now: BookingFixtures.now,
                    closesBefore: 3600
                )
            }
            let schedules = ScheduleRepository(store: store)
            let result = try await schedules.cancel(session, reason: "Bão số 5", actor: "u-1", now: BookingFixtures.now, composer: FixtureComposer())
            #expect(result.noticesQueued == 4, "three confirmed and one waitlisted are all told")
            #expect(result.session.status == .cancelled)
            let statuses = try await bookings.bookings(session: session).map(\.status)
            #expect(statuses == Array(repeating: .cancelled, count: 4))
            let seats = try await store.read {
                try await $0.raw("SELECT booked FROM booking_slots").all().map { try $0.decode(column: "booked", as: Int.self) }
            }
            #expect(seats == [0])
            await #expect(throws: SessionChangeError.notChangeable("the session is cancelled")) {
                _ = try await schedules.cancel(session, reason: "lần nữa", actor: "u-1", now: BookingFixtures.now, composer: FixtureComposer())
            }
            #expect(try await NotificationOutbox(store: store).counts()["pending"] == 4)
        },
        StoreScenario(name: "two workers claiming the outbox at once never both get the same notice; failures wait for their retry") {
            (store: any Store) async throws in
            let now = BookingFixtures.now
            try await store.transaction { database in
                for index in 0..<60 {
                    try await NotificationOutbox.enqueue(
                        OutgoingNotice(channel: .sms, recipient: "090000\(index)", subject: "s", body: "b", aboutKind: "test", aboutID: "\(index)"),
                        now: now,
                        on: database
                    )
                }
            }
            let outbox = NotificationOutbox(store: store)
            let claims = try await withThrowingTaskGroup(of: [String].self) { group in
                for _ in 0..<2 {
                    group.addTask {
                        var mine: [String] = []
                        while true {
                            let batch = try await outbox.claimDue(now: now, limit: 7, lease: 120)
                            if batch.isEmpty { return mine }
                            mine += batch.map(\.id)
                        }
                    }
                }
                return try await group.reduce(into: [[String]]()) { $0.append($1) }
            }
            let all = claims.flatMap { $0 }
            #expect(all.count == 60)
            #expect(Set(all).count == 60, "no notice was claimed twice")
            #expect(try await outbox.claimDue(now: now.addingTimeInterval(60), limit: 100, lease: 120).isEmpty, "claims hold for their lease")
            try await outbox.markSent(all[0], now: now)
            try await outbox.markFailed(all[1], error: "gateway down", retryAt: now.addingTimeInterval(300))
            try await outbox.markFailed(all[2], error: "no such mailbox", retryAt: nil)
            let expired = try await outbox.claimDue(now: now.addingTimeInterval(200), limit: 100, lease: 120)
            #expect(expired.count == 57, "claims past their lease are claimed again; the retry waits")
            #expect(expired.allSatisfy { $0.attempts == 2 })
            let retried = try await outbox.claimDue(now: now.addingTimeInterval(301), limit: 100, lease: 120)
            #expect(retried.map(\.id) == [all[1]])
            #expect(retried.first?.lastError == "gateway down")
            let counts = try await outbox.counts()
            #expect(counts["sent"] == 1 && counts["failed"] == 1 && counts["pending"] == 58)
        },
    ]
}
