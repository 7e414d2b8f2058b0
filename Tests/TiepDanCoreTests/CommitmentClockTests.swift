import Foundation
import Testing

@testable import TiepDanCore

/// A commitment's shown status derived from its due date, the calendar and the moment.
@Suite("Commitment clock")
struct CommitmentClockTests {
    static let vietnam = CommitmentClock(zone: RFC3339.vietnam, calendar: QuestionRuleTests.holidays)

    static func instant(_ text: String) -> Date { try! Date(text, strategy: .iso8601) }

    @Test("overdue starts the day after the deadline in the organisation's zone, not the server's")
    func zones() {
        let due = CivilDate(iso: "2026-11-16")!  // a Monday
        let utc = CommitmentClock(zone: TimeZone(identifier: "UTC")!, calendar: QuestionRuleTests.holidays)
        let lateEvening = Self.instant("2026-11-16T23:30:00+07:00")
        let justAfterMidnight = Self.instant("2026-11-17T00:30:00+07:00")  // 16 November 17:30 UTC
        #expect(Self.vietnam.status(stored: .open, due: due, now: lateEvening) == .open)
        #expect(Self.vietnam.status(stored: .open, due: due, now: justAfterMidnight) == .overdue)
        #expect(utc.status(stored: .inProgress, due: due, now: justAfterMidnight) == .inProgress, "still the 16th in UTC")
        #expect(Self.vietnam.status(stored: .done, due: due, now: justAfterMidnight) == .done)
        #expect(Self.vietnam.status(stored: .dropped, due: due, now: justAfterMidnight) == .dropped)
    }

    @Test("a deadline on a weekend or holiday moves to the next working day")
    func weekendsAndHolidays() {
        // Saturday 2026-11-21 → Monday 23; Tuesday 24 November is a day off from 2026, so
        // a commitment due on it may be kept on Wednesday 25.
        #expect(Self.vietnam.deadline(due: CivilDate(iso: "2026-11-21")!) == CivilDate(iso: "2026-11-23")!)
        #expect(Self.vietnam.deadline(due: CivilDate(iso: "2026-11-24")!) == CivilDate(iso: "2026-11-25")!)
        #expect(Self.vietnam.status(stored: .open, due: CivilDate(iso: "2026-11-21")!, now: Self.instant("2026-11-23T16:00:00+07:00")) == .open)
        #expect(Self.vietnam.status(stored: .open, due: CivilDate(iso: "2026-11-21")!, now: Self.instant("2026-11-24T08:00:00+07:00")) == .overdue)
        // Due on the first day of Tết 2027 (6 February): kept on time the first working day after the break.
        let tet = Self.vietnam.deadline(due: CivilDate(iso: "2027-02-06")!)
        #expect(tet > CivilDate(iso: "2027-02-06")! && QuestionRuleTests.holidays.isWorkingDay(tet))
        #expect(Self.vietnam.onTime(due: CivilDate(iso: "2026-11-21")!, doneAt: Self.instant("2026-11-23T17:00:00+07:00")))
        #expect(Self.vietnam.onTime(due: CivilDate(iso: "2026-11-21")!, doneAt: Self.instant("2026-11-24T07:00:00+07:00")) == false)
    }

    @Test("the reminder comes the given number of working days before the deadline")
    func reminders() {
        // Deadline Monday 2026-11-16: three working days before is Wednesday 11 November.
        #expect(Self.vietnam.reminderDay(due: CivilDate(iso: "2026-11-16")!, workingDaysBefore: 3) == CivilDate(iso: "2026-11-11")!)
        // Deadline Wednesday 25 November (after the 24th off): three before skips the 24th and the weekend.
        #expect(Self.vietnam.reminderDay(due: CivilDate(iso: "2026-11-25")!, workingDaysBefore: 3) == CivilDate(iso: "2026-11-19")!)
        #expect(Self.vietnam.reminderDay(due: CivilDate(iso: "2026-11-16")!, workingDaysBefore: 0) == CivilDate(iso: "2026-11-16")!)
    }
}
