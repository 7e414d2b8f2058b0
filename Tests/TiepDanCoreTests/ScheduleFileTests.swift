import Foundation
import Testing

@testable import TiepDanCore

/// Schedule files as a secretariat writes them, mistakes included.
@Suite("Schedule files")
struct ScheduleFileTests {
    static let repositorySchedules = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("schedules").path

    /// A schedules folder holding `files` plus the shipped holidays and legal minimums.
    static func folder(_ files: [String: String]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("schedules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for sub in ["holidays", "legal"] {
            try FileManager.default.copyItem(atPath: repositorySchedules + "/" + sub, toPath: directory.appendingPathComponent(sub).path)
        }
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return directory.path
    }

    static let valid = """
        organisation:
          id: xa-thu
          name: UBND xã Thử
          level: commune
        places:
          - id: phong
            name: Phòng tiếp dân
        leaders:
          - id: chu-tich
            name: Nguyễn Văn A
            title: Chủ tịch UBND xã
            role: commune_chairman
        reception:
          - id: thu-5
            leader: chu-tich
            place: phong
            rule: FREQ=WEEKLY;BYDAY=TH
            start: 2026-01-01
            time: "07:30-11:30"
        """

    static func problems(_ text: String, from: CivilDate = CivilDate(2026, 3, 2)) throws -> [String] {
        let directory = try folder(["xa.yaml": text])
        let set = ScheduleSet.load(directory: directory)
        return ScheduleChecker(set: set, directory: directory).problems(from: from).map {
            $0.description.replacingOccurrences(of: directory + "/", with: "")
        }
    }

    @Test("the shipped schedules are valid")
    func shipped() {
        let set = ScheduleSet.load(directory: Self.repositorySchedules)
        #expect(set.schedules.count == 4)
        let problems = ScheduleChecker(set: set, directory: Self.repositorySchedules).problems(from: CivilDate(2026, 1, 1))
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("a reception rule may be online or hybrid with an https join link; the link goes with every session it plans")
    func onlineReception() throws {
        let hybrid = Self.valid + "\n    mode: hybrid\n    join_url: https://meet.example.vn/xa-thu"
        #expect(try Self.problems(hybrid) == [])
        let directory = try Self.folder(["xa.yaml": hybrid])
        let set = ScheduleSet.load(directory: directory)
        let rule = try #require(set.schedules.first?.rules.first)
        #expect(rule.mode == .hybrid && rule.joinURL == "https://meet.example.vn/xa-thu")
        let planned = ScheduleExpander(holidays: set.holidays).sessions(
            of: set.schedules,
            from: CivilDate(2026, 3, 2),
            through: CivilDate(2026, 3, 8)
        )
        #expect(!planned.isEmpty && planned.allSatisfy { $0.mode == .hybrid && $0.joinURL == "https://meet.example.vn/xa-thu" })
        let missing = try Self.problems(Self.valid + "\n    mode: online")
        #expect(missing.contains { $0.contains("'thu-5': a session that is online needs its join_url") }, "\(missing)")
        let plain = try Self.problems(Self.valid + "\n    join_url: https://meet.example.vn/x")
        #expect(plain.contains { $0.contains("join_url is for online and hybrid sessions") }, "\(plain)")
        let clear = try Self.problems(Self.valid + "\n    mode: online\n    join_url: http://meet.example.vn/x")
        #expect(clear.contains { $0.contains("join_url must be an https link") }, "\(clear)")
        let unknown = try Self.problems(Self.valid + "\n    mode: radio")
        #expect(unknown.contains { $0.contains("mode 'radio' must be in_person, online or hybrid") }, "\(unknown)")
    }

    @Test("a valid file has no problems")
    func validFile() throws {
        #expect(try Self.problems(Self.valid) == [])
    }

    @Test(
        "each mistake is one located line",
        arguments: [
            ("time: \"07:30-11:30\"", "time: \"11:30-07:30\"", "xa.yaml:19:11: time '11:30-07:30' must be HH:MM-HH:MM, ending after it starts"),
            ("time: \"07:30-11:30\"", "time: \"25:00-26:00\"", "xa.yaml:19:11: time '25:00-26:00' must be HH:MM-HH:MM, ending after it starts"),
            (
                "rule: FREQ=WEEKLY;BYDAY=TH", "rule: FREQ=WEEKLY;BYDAY=XX",
                "xa.yaml:17:11: malformed RRULE: BYDAY entry 'XX' is not a weekday like TH, 2TU or -1FR"
            ),
            (
                "rule: FREQ=WEEKLY;BYDAY=TH", "rule: FREQ=FORTNIGHTLY",
                "xa.yaml:17:11: malformed RRULE: FREQ=FORTNIGHTLY is not supported: use DAILY, WEEKLY, MONTHLY or YEARLY"
            ),
            ("leader: chu-tich", "leader: pho-chu-tich", "xa.yaml:15:13: unknown leader 'pho-chu-tich' in 'thu-5'"),
            ("place: phong", "place: hoi-truong", "xa.yaml:16:12: unknown place 'hoi-truong' in 'thu-5'"),
            ("start: 2026-01-01", "start: 2026-02-30", "xa.yaml:18:12: 'start' must be a date written YYYY-MM-DD, not '2026-02-30'"),
            ("    start: 2026-01-01", "    starts: 2026-01-01", "xa.yaml:18:5: unknown key 'starts' in a reception rule (did you mean 'start'?)"),
            (
                "  level: commune", "  level: commune\n  quiet_hours: \"21:00-21:00\"",
                "xa.yaml:5:16: quiet_hours '21:00-21:00' must be HH:MM-HH:MM, such as 21:00-07:00"
            ),
            (
                "  level: commune", "  level: commune\n  timezone: Asia/Bangkok",
                "xa.yaml:5:3: unknown key 'timezone' in 'organisation' (did you mean 'time_zone'?)"
            ),
            (
                "    role: commune_chairman", "    role: mayor",
                "xa.yaml:12:11: unknown role 'mayor': use one of commune_chairman, province_chairman, agency_head, commune_party_secretary, province_party_secretary, district_chairman"
            ),
            (
                "reception:",
                "reception:\n  - id: thu-5\n    leader: chu-tich\n    place: phong\n    rule: FREQ=WEEKLY;BYDAY=TH\n    start: 2026-01-01\n    time: \"08:00-09:00\"",
                "xa.yaml:20:9: rule id 'thu-5' is used twice (first at line 14)"
            ),
        ]
    )
    func mistakes(original: String, replacement: String, expected: String) throws {
        let text = Self.valid.replacingOccurrences(of: original, with: replacement)
        #expect(text != Self.valid)
        let found = try Self.problems(text)
        #expect(found.contains(expected), "\(found)")
    }

    @Test("broken YAML is one line, never a crash")
    func brokenYAML() throws {
        let found = try Self.problems("organisation:\n  id: [unclosed\n  name: x\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("xa.yaml:") == true && found.first?.contains("not valid YAML") == true)
        #expect(try Self.problems("").first?.contains("the file is empty") == true)
        #expect(try Self.problems("- just\n- a list\n").first?.contains("must be a mapping") == true)
    }

    @Test("two rules booking one leader at once are caught")
    func overlap() throws {
        let text =
            Self.valid + """

                  - id: chieu-thu-5
                    leader: chu-tich
                    place: phong
                    rule: FREQ=MONTHLY;BYDAY=1TH
                    start: 2026-01-01
                    time: "09:00-10:00"
                """
        let found = try Self.problems(text)
        #expect(found.contains { $0.contains("book leader 'chu-tich' at the same time") }, "\(found)")
    }

    @Test("a leader below the legal minimum is warned, not failed")
    func legalMinimum() throws {
        let text = Self.valid.replacingOccurrences(of: "FREQ=WEEKLY;BYDAY=TH", with: "FREQ=MONTHLY;BYDAY=1TH")
        let found = try Self.problems(text)
        #expect(
            found.contains { $0.contains("warning: leader 'chu-tich' (commune_chairman)") && $0.contains("below the minimum of 1 per week") },
            "\(found)"
        )
        #expect(!found.contains { !$0.contains("warning:") })
    }

    @Test("an exception must name a day the rule produces")
    func exceptionOffRule() throws {
        let text =
            Self.valid + """

                exceptions:
                  - rule: thu-5
                    date: 2026-03-04
                    action: cancel
                    reason: Họp
                """
        let found = try Self.problems(text)
        #expect(found.contains("xa.yaml:22:11: no session of 'thu-5' falls on 2026-03-04; exceptions name a day the rule produces"), "\(found)")
    }

    @Test("holidays move sessions, exceptions cancel and move them, ids stay stable")
    func expansion() throws {
        let text =
            Self.valid + """

                exceptions:
                  - rule: thu-5
                    date: 2026-03-05
                    action: move
                    to: 2026-03-06T13:30:00+07:00
                    reason: Trùng hội nghị
                  - rule: thu-5
                    date: 2026-03-12
                    action: cancel
                    reason: Đi công tác
                """
        let set = ScheduleSet.load(directory: try Self.folder(["xa.yaml": text]))
        let sessions = ScheduleExpander(holidays: set.holidays).sessions(
            of: set.schedules,
            from: CivilDate(2026, 2, 16),
            through: CivilDate(2026, 3, 14)
        )
        let summary = sessions.map { "\($0.id) \(RFC3339.string($0.startsAt)) \($0.status.rawValue) \($0.movedFrom?.description ?? "-")" }
        #expect(
            summary == [
                // Thursday 19 February is Tết: the next working day is Monday 23 February.
                "xa-thu.thu-5.20260219 2026-02-23T07:30:00+07:00 scheduled 2026-02-19",
                "xa-thu.thu-5.20260226 2026-02-26T07:30:00+07:00 scheduled -",
                "xa-thu.thu-5.20260305 2026-03-06T13:30:00+07:00 scheduled 2026-03-05",
                "xa-thu.thu-5.20260312 2026-03-12T07:30:00+07:00 cancelled -",
            ]
        )
        #expect(sessions[2].endsAt.timeIntervalSince(sessions[2].startsAt) == 4 * 3600)
    }

    @Test("working days skip weekends, holidays and count swapped Saturdays")
    func workingDays() {
        let calendar = HolidayFiles.load(directory: Self.repositorySchedules + "/holidays").calendar()
        // Submitted Friday 13 February 2026: Tết closes 16-20 February.
        #expect(calendar.adding(workingDays: 10, to: CivilDate(2026, 2, 13)) == CivilDate(2026, 3, 6))
        #expect(calendar.isWorkingDay(CivilDate(2026, 8, 22)), "Saturday 22 August 2026 is worked in exchange for 31 August")
        #expect(!calendar.isWorkingDay(CivilDate(2026, 8, 31)))
        #expect(calendar.workingDays(after: CivilDate(2026, 8, 28), through: CivilDate(2026, 9, 4)) == 2)
        #expect(calendar.holiday(on: CivilDate(2026, 4, 27))?.name == "Giỗ Tổ Hùng Vương (nghỉ bù)")
    }

    @Test("lunar and solar dates convert both ways for every day of 2020-2030")
    func lunarRoundTrip() {
        let calendar = VietnameseLunarCalendar()
        for julianDay in CivilDate(2020, 1, 1).julianDay...CivilDate(2030, 12, 31).julianDay {
            let day = CivilDate(julianDay: julianDay)
            #expect(calendar.solar(from: calendar.lunar(from: day)) == day)
        }
        #expect(calendar.solar(from: LunarDate(year: 2026, month: 1, day: 1)) == CivilDate(2026, 2, 17))
        #expect(calendar.solar(from: LunarDate(year: 2026, month: 5, day: 1, isLeapMonth: true)) == nil, "2026 has no leap 5th month")
    }
}
