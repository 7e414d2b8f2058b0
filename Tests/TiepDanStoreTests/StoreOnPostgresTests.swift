import Foundation
import Testing
import TiepDanCore
import TiepDanStore
import TiepDanTestSupport

@Suite("Store on PostgreSQL", .enabled(if: TestDatabase.postgresURL != nil, "set TIEPDAN_TEST_POSTGRES_URL (the test script does)"))
struct StoreOnPostgresTests {
    @Test("scenario on PostgreSQL", arguments: StoreScenarios.all)
    func scenario(_ scenario: StoreScenario) async throws {
        try await TestDatabase.with(.postgres) { store, _ in try await scenario.run(store) }
    }

    @Test("two instances running the reminder job at once send each reminder exactly once")
    func remindersRacingAcrossInstances() async throws {
        try await TestDatabase.with(.postgres) { store, location in
            let other = try await StoreOpener.open(location, for: .serve, logger: TestDatabase.logger)
            do {
                let ids = try await CommitmentFixtures.commitments(30, dueInDays: 2, in: store)
                let calendar = HolidayCalendar(rules: [], notices: [], years: 2026...2027)
                let counts = try await withThrowingTaskGroup(of: Int.self) { group in
                    for instance in [store, other] {
                        for _ in 0..<3 {
                            group.addTask {
                                try await CommitmentRepository(store: instance).queueReminders(
                                    now: CommitmentFixtures.now,
                                    workingDaysBefore: 3,
                                    calendar: calendar
                                )
                            }
                        }
                    }
                    return try await group.reduce(0, +)
                }
                #expect(counts == ids.count, "six workers on two instances queued \(counts) reminders for \(ids.count) commitments")
                #expect(try await NotificationOutbox(store: store).counts()["pending"] == ids.count)
                try await other.close()
            } catch {
                try? await other.close()
                throw error
            }
        }
    }

    /// Booking reminders with two instances: the same database through two pools, each running the job twice at once
    /// at every moment; each reminder is queued exactly once, at its working day (past a day off) and outside the
    /// organisation's quiet hours.
    @Test("booking reminders are claimed once by two instances")
    func bookingRemindersAcrossInstances() async throws {
        try await TestDatabase.with(.postgres) { store, location in
            let other = try await StoreOpener.open(location, for: .serve, logger: TestDatabase.logger)
            do {
                try await StoreScenarios.bookingReminders(store, other: other)
                try await other.close()
            } catch {
                try? await other.close()
                throw error
            }
        }
    }

    /// Question deadline notices with two instances, each its own pool, racing at every moment.
    @Test("question deadline notices are claimed once by two instances")
    func questionDueNoticesAcrossInstances() async throws {
        try await TestDatabase.with(.postgres) { store, location in
            let other = try await StoreOpener.open(location, for: .serve, logger: TestDatabase.logger)
            do {
                try await StoreScenarios.questionDueNotices(store, other: other)
                try await other.close()
            } catch {
                try? await other.close()
                throw error
            }
        }
    }
}
