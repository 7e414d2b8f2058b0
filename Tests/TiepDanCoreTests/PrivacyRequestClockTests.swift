import Foundation
import Testing

@testable import TiepDanCore

/// The legal clocks of a citizen's request about their data, across the National Day days off of 2026 (31 August to
/// 2 September). The expected days were computed apart, with the `holidays` package (VN), before the rules were written.
@Suite("Privacy request clocks")
struct PrivacyRequestClockTests {
    static let holidays = QuestionRuleTests.holidays
    static func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    @Test("acknowledged within 2 working days: filed Friday 28 August, the days off push it to Friday 4 September")
    func acknowledgement() {
        #expect(PrivacyRequestKind.acknowledgeBy(filedOn: Self.day("2026-08-28"), calendar: Self.holidays) == Self.day("2026-09-04"))
        // An ordinary week: Monday to Wednesday.
        #expect(PrivacyRequestKind.acknowledgeBy(filedOn: Self.day("2026-11-02"), calendar: Self.holidays) == Self.day("2026-11-04"))
    }

    @Test("each kind's limit in calendar days, moved off the days off to Thursday 3 September")
    func eachKind() {
        let cases: [(PrivacyRequestKind, String)] = [
            (.access, "2026-08-21"), (.correct, "2026-08-21"),  // + 10 = Monday 31 August, a day off
            (.restrict, "2026-08-17"), (.object, "2026-08-17"), (.withdrawConsent, "2026-08-17"),  // + 15 = Tuesday 1 September
            (.delete, "2026-08-12"),  // + 20 = Tuesday 1 September
        ]
        for (kind, filed) in cases {
            #expect(kind.due(filedOn: Self.day(filed), calendar: Self.holidays) == Self.day("2026-09-03"), "\(kind) filed \(filed)")
        }
        #expect(PrivacyRequestKind.allCases.allSatisfy { kind in cases.contains { $0.0 == kind } }, "every kind is checked")
    }

    @Test("one extension, as long again from the first due date")
    func extensionDoublesOnce() {
        #expect(PrivacyRequestKind.delete.extended(from: Self.day("2026-09-03"), calendar: Self.holidays) == Self.day("2026-09-23"))
        #expect(PrivacyRequestKind.access.extended(from: Self.day("2026-08-21"), calendar: Self.holidays) == Self.day("2026-09-03"))
    }

    @Test("what the law keeps is never erased: the register, an open case, a complaint's or denunciation's file")
    func erasure() {
        #expect(ErasureRule.booking(checkedIn: false) == .erase)
        guard case .keep(let why) = ErasureRule.booking(checkedIn: true) else {
            Issue.record("a register line is kept")
            return
        }
        #expect(why.contains("Sổ tiếp công dân"))
        #expect(ErasureRule.question(.question, status: .published) == .erase)
        #expect(ErasureRule.question(.feedback, status: .rejected) == .erase)
        #expect(ErasureRule.question(.question, status: .assigned) != .erase)
        #expect(ErasureRule.question(.complaint, status: .published) != .erase)
        #expect(ErasureRule.question(.denunciation, status: .withdrawn) != .erase)
    }
}
