import Foundation
import Testing
import TiepDanCore

@testable import TiepDanStore

extension StoreScenarios {
    static let reminders: [StoreScenario] = [
        StoreScenario(name: "a booking is reminded a working day before, past a holiday, and an hour before but not in the quiet hours, each once") {
            (store: any Store) async throws in
            try await bookingReminders(store, other: store)
        },
        StoreScenario(
            name: "staff hear of an assigned question, of its deadline two working days ahead past a day off, and once it passed, each once"
        ) {
            (store: any Store) async throws in
            try await questionDueNotices(store, other: store)
        },
    ]

    /// The staff notices of one question's deadline, claimed by jobs running at once on `store` and `other`.
    static func questionDueNotices(_ store: any Store, other: any Store) async throws {
        // Due Monday 5 October 2026; Friday the 2nd is made a day off.
        _ = try await BookingFixtures.session(in: store)
        let questions = QuestionRepository(store: store, notices: FixtureComposer())
        let now = BookingFixtures.now
        let open = try await questions.submit(QuestionFixtures.question("Khi nào sửa đường?"), now: now)
        _ = try await questions.apply(.accept, to: open.reference, change: QuestionChange(), actor: "u-sec", now: now)
        _ = try await questions.apply(.assign, to: open.reference, change: QuestionChange(departmentID: "xa-thu.dia-chinh"), actor: "u-sec", now: now)
        let answered = try await questions.submit(QuestionFixtures.question("Khi nào sửa cầu?", token: "t2"), now: now)
        try await QuestionFixtures.publish(answered.reference, in: questions, now: now)
        let outbox = NotificationOutbox(store: store)
        let assigned = try await outbox.notices(aboutKind: "question", aboutID: open.reference).filter { $0.notice.channel == .staff }
        #expect(assigned.map(\.notice.subject) == ["question_assigned"] && assigned.first?.notice.recipient == "department:xa-thu.dia-chinh")

        let dayOff = YearHolidayNotice(year: 2026, basis: "thử", daysOff: [.init(date: CivilDate(2026, 10, 2), name: "Ngày nghỉ thử")])
        let calendar = HolidayCalendar(rules: [], notices: [dayOff], years: 2026...2027)
        func at(_ text: String) throws -> Date { try Date(text, strategy: .iso8601) }
        func race(_ now: Date) async throws -> Int {
            try await withThrowingTaskGroup(of: Int.self) { group in
                for instance in [store, other] {
                    for _ in 0..<2 {
                        group.addTask {
                            try await QuestionRepository(store: instance)
                                .queueDueNotices(now: now, workingDaysBefore: 2, calendar: calendar, composer: FixtureComposer())
                        }
                    }
                }
                return try await group.reduce(0, +)
            }
        }
        // Two working days before Monday, Friday being off, is Wednesday 30 September.
        #expect(try await race(at("2026-09-29T23:59:00+07:00")) == 0)
        #expect(try await race(at("2026-09-30T00:00:00+07:00")) == 1)
        #expect(try await race(at("2026-10-05T16:00:00+07:00")) == 0, "once")
        #expect(try await race(at("2026-10-06T00:01:00+07:00")) == 1, "the working day after the deadline")
        #expect(try await race(at("2026-10-07T09:00:00+07:00")) == 0, "once")
        let told = try await outbox.notices(aboutKind: "question", aboutID: open.reference).filter { $0.notice.channel == .staff }
        #expect(told.map(\.notice.subject) == ["question_assigned", "question_due_soon", "question_overdue"])
        #expect(told.allSatisfy { $0.notice.recipient == "department:xa-thu.dia-chinh" })
        #expect(
            try await outbox.notices(aboutKind: "question", aboutID: answered.reference).filter { $0.notice.subject.hasPrefix("question_due") }
                .isEmpty
        )
    }

    /// The reminders of one booking, claimed by jobs running at once on `store` and `other` (the same database reached
    /// through a second pool, as a second instance does, or the same pool).
    static func bookingReminders(_ store: any Store, other: any Store) async throws {
        // The session: Monday 28 September 2026, 21:13 in Vietnam. Friday the 25th is made a day off.
        // The organisation's schedule keeps citizens undisturbed from 20:00, an hour earlier than the service's default.
        let session = try await BookingFixtures.session(in: store, quiet: QuietHours(parsing: "20:00-07:00"))
        let bookings = BookingRepository(store: store)
        let booked = try await bookings.book(BookingFixtures.request(session, phone: 61), now: BookingFixtures.now, closesBefore: 3600)
        let dayOff = YearHolidayNotice(year: 2026, basis: "thử", daysOff: [.init(date: CivilDate(2026, 9, 25), name: "Ngày nghỉ thử")])
        let calendar = HolidayCalendar(rules: [], notices: [dayOff], years: 2026...2027)
        let rule = ReminderRule(workingDays: 1, hours: 1, quiet: .night)
        func at(_ text: String) throws -> Date { try Date(text, strategy: .iso8601) }
        /// Both instances' jobs at once, twice each, as on two servers: how many reminders they claimed together.
        func race(_ now: Date) async throws -> Int {
            try await withThrowingTaskGroup(of: Int.self) { group in
                for instance in [store, other] {
                    for _ in 0..<2 {
                        group.addTask {
                            try await BookingRepository(store: instance)
                                .queueReminders(now: now, rule: rule, calendar: calendar, composer: FixtureComposer())
                        }
                    }
                }
                return try await group.reduce(0, +)
            }
        }
        // Friday is off, so the working day before Monday is Thursday; its reminder waits for the quiet hours to end.
        #expect(try await race(at("2026-09-24T06:59:00+07:00")) == 0)
        #expect(try await race(at("2026-09-24T07:00:00+07:00")) == 1)
        #expect(try await race(at("2026-09-25T09:00:00+07:00")) == 0, "once")
        // An hour before is 20:13, in the quiet hours: it goes at 19:59 instead.
        #expect(try await race(at("2026-09-28T19:58:00+07:00")) == 0)
        #expect(try await race(at("2026-09-28T19:59:00+07:00")) == 1)
        #expect(try await race(at("2026-09-28T20:30:00+07:00")) == 0, "once")
        let notices = try await NotificationOutbox(store: store).notices(aboutKind: "booking", aboutID: booked.reference)
        #expect(notices.map(\.notice.subject) == ["reminder", "reminder"])
        // Cancelled, a booking is not reminded.
        let other = try await bookings.book(BookingFixtures.request(session, phone: 62), now: BookingFixtures.now, closesBefore: 3600)
        _ = try await bookings.cancel(reference: other.reference, tokenHash: nil, actor: "citizen", now: BookingFixtures.now)
        #expect(try await race(at("2026-09-28T20:00:00+07:00")) == 0)
    }
}
