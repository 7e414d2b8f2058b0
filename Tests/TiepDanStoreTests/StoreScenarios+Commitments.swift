import Foundation
import SQLKit
import Testing
import TiepDanCore

@testable import TiepDanStore

enum CommitmentFixtures {
    /// Wednesday 2026-11-04, 09:00 in Vietnam.
    static let now = Date(timeIntervalSince1970: 1_793_757_600)

    /// `count` commitments of the fixture organisation, due `dueInDays` calendar days after `now`.
    static func commitments(_ count: Int, dueInDays: Int, in store: any Store) async throws -> [String] {
        _ = try await BookingFixtures.session(in: store)
        let repository = CommitmentRepository(store: store)
        let due = ZoneClock(RFC3339.vietnam).day(of: now).adding(days: dueInDays)
        var ids: [String] = []
        for index in 0..<count {
            ids.append(
                try await repository.create(
                    NewCommitment(
                        organisationID: "xa-thu",
                        text: "Sửa cống số \(index)",
                        ownerID: "xa-thu.dia-chinh",
                        ownerKind: "department",
                        sessionID: nil,
                        questionReference: nil,
                        dueDate: due,
                        createdBy: "u-1"
                    ),
                    now: now
                ).id
            )
        }
        return ids
    }
}

extension StoreScenarios {
    static let commitments: [StoreScenario] = [
        StoreScenario(name: "a commitment's progress, extension and closing are kept in its history; closed ones refuse changes") {
            (store: any Store) async throws in
            let id = try #require(try await CommitmentFixtures.commitments(1, dueInDays: 10, in: store).first)
            let repository = CommitmentRepository(store: store)
            let now = CommitmentFixtures.now
            var record = try await repository.progress(
                id,
                progress: 40,
                status: nil,
                note: "Đã khảo sát",
                evidence: "https://xa-thu.gov.vn/anh/1.jpg",
                actor: "u-2",
                now: now
            )
            #expect(record.status == .inProgress && record.progress == 40)
            await #expect(throws: CommitmentError.self) {
                _ = try await repository.extend(id, to: record.dueDate.adding(days: -1), reason: "sớm hơn", actor: "u-2", now: now)
            }
            let later = record.dueDate.adding(days: 14)
            record = try await repository.extend(id, to: later, reason: "Chờ vốn ngân sách", actor: "u-2", now: now)
            #expect(record.dueDate == later && record.originalDue == later.adding(days: -14))
            record = try await repository.progress(id, progress: 70, status: .done, note: "Đã hoàn thành", evidence: nil, actor: "u-2", now: now)
            #expect(record.status == .done && record.progress == 100 && record.doneAt == now)
            await #expect(throws: CommitmentError.notAllowed("the commitment is done")) {
                _ = try await repository.progress(id, progress: 10, status: nil, note: "lại", evidence: nil, actor: "u-2", now: now)
            }
            let history = try await repository.updates(id)
            #expect(history.map(\.kind) == ["made", "progress", "extended", "done"])
            #expect(history[2].dueBefore == later.adding(days: -14) && history[2].dueAfter == later && history[2].note == "Chờ vốn ngân sách")
            #expect(history[1].evidence == "https://xa-thu.gov.vn/anh/1.jpg")
        },
        StoreScenario(name: "reminders go out once before the deadline and once when overdue, however many workers run") {
            (store: any Store) async throws in
            let ids = try await CommitmentFixtures.commitments(12, dueInDays: 2, in: store)
            let repository = CommitmentRepository(store: store)
            let calendar = HolidayCalendar(rules: [], notices: [], years: 2026...2027)
            let early = try await repository.queueReminders(
                now: CommitmentFixtures.now.addingTimeInterval(-7 * 86_400),
                workingDaysBefore: 3,
                calendar: calendar
            )
            #expect(early == 0, "nothing is due a week before")
            let racing = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<4 {
                    group.addTask { try await repository.queueReminders(now: CommitmentFixtures.now, workingDaysBefore: 3, calendar: calendar) }
                }
                return try await group.reduce(0, +)
            }
            #expect(racing == ids.count)
            #expect(
                try await repository.queueReminders(
                    now: CommitmentFixtures.now.addingTimeInterval(3600),
                    workingDaysBefore: 3,
                    calendar: calendar
                ) == 0
            )
            let overdue = CommitmentFixtures.now.addingTimeInterval(5 * 86_400)
            #expect(try await repository.queueReminders(now: overdue, workingDaysBefore: 3, calendar: calendar) == ids.count)
            #expect(try await repository.queueReminders(now: overdue.addingTimeInterval(86_400), workingDaysBefore: 3, calendar: calendar) == 0)
            let notices = try await NotificationOutbox(store: store).notices(aboutKind: "commitment", aboutID: ids[0])
            #expect(notices.map(\.notice.channel) == [.staff, .staff])
            #expect(notices.map(\.notice.recipient) == ["xa-thu.dia-chinh", "xa-thu.dia-chinh"])
        },
    ]
}
