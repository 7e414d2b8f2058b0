import Foundation
import Testing

@testable import TiepDanCore

/// The rules behind questions: text folding, masking, deadlines and due states.
@Suite("Question rules")
struct QuestionRuleTests {
    static let holidays: HolidayCalendar = {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schedules").path
        return ScheduleSet.load(directory: directory).holidays
    }()

    static func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    @Test("folding drops case, diacritics and punctuation, with đ as d")
    func folding() {
        #expect(VietnameseText.folded("Đường XÃ ấp 3, ngập!!") == "duong xa ap 3 ngap")
        #expect(VietnameseText.folded("Ủy ban nhân dân") == VietnameseText.folded("uy ban nhan dan"))
        #expect(VietnameseText.folded("' OR 1=1 --") == "or 1 1")
        #expect(VietnameseText.similarity("Đường xã ngập nước", "duong xa ngap nuoc") == 1)
        #expect(VietnameseText.similarity("Đường xã ngập nước", "Cấp sổ đỏ chậm") == 0)
        // Keywords {duong, ngap, nuoc} against {duong, ngap} ("xa" is a stop word): 2/3; pairs "duong xa", "xa ngap",
        // "ngap nuoc" against the first two: 2/3. One profile scored against many gives the same.
        #expect(abs(VietnameseText.similarity("Đường xã ngập nước", "đường xã ngập") - 2.0 / 3) < 1e-12)
        let profile = SimilarityProfile(folded: "duong xa ngap nuoc")
        #expect(
            profile.similarity(to: SimilarityProfile(folded: "duong xa ngap"))
                == VietnameseText.similarity(folded: "duong xa ngap nuoc", "duong xa ngap")
        )
        #expect(profile.similarity(to: SimilarityProfile(folded: "")) == 0)
    }

    @Test("a profile's score is the Jaccard rule on the keyword and pair sets, for any two texts")
    func profileMatchesTheSetRule() {
        // The rule as written in sets of strings; the profile keeps fingerprints and must score the same.
        func reference(_ a: String, _ b: String) -> Double {
            let (wordsA, wordsB) = (VietnameseText.keywords(folded: a), VietnameseText.keywords(folded: b))
            guard !wordsA.isEmpty, !wordsB.isEmpty else { return 0 }
            func jaccard(_ x: Set<String>, _ y: Set<String>) -> Double { Double(x.intersection(y).count) / Double(x.union(y).count) }
            let (pairsA, pairsB) = (VietnameseText.pairs(folded: a), VietnameseText.pairs(folded: b))
            return (jaccard(wordsA, wordsB) + (pairsA.isEmpty || pairsB.isEmpty ? 0 : jaccard(pairsA, pairsB))) / 2
        }
        // Few distinct words, so texts share many; stop words, one-letter words, repeats and an other-script word among them.
        let vocabulary = [
            "duong", "ngap", "nuoc", "xa", "va", "o", "a", "ap", "3", "12", "dat", "dai", "so", "do", "cham", "giay", "mưa", "東京", "東", "ư", "xa2",
        ]
        var generator = SplitMix(seed: 20_261_201)
        for _ in 0..<3_000 {
            let texts = (0..<2).map { _ in
                (0..<Int.random(in: 0...12, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }.joined(separator: " ")
            }
            let score = SimilarityProfile(folded: texts[0]).similarity(to: SimilarityProfile(folded: texts[1]))
            #expect(abs(score - reference(texts[0], texts[1])) < 1e-12, "\(texts)")
        }
    }

    @Test("the most alike candidates kept while scoring are the first of all of them sorted, without the excluded one")
    func mostAlikeKeepsTheBest() {
        let vocabulary = ["duong", "ngap", "nuoc", "xa", "ap", "dat", "dai", "so", "do", "cham", "giay"]
        var generator = SplitMix(seed: 20_261_204)
        func text() -> String {
            (0..<Int.random(in: 1...8, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }.joined(separator: " ")
        }
        for round in 0..<300 {
            let question = SimilarityProfile(folded: text())
            // Few words, so many candidates tie on their score and the reference must order them.
            let candidates = (0..<Int.random(in: 0...60, using: &generator)).map { index in
                (reference: "Q-\((index * 7919) % 61)-\(index)", profile: SimilarityProfile(folded: text()))
            }
            let excluded = candidates.randomElement(using: &generator)?.reference
            let limit = round % 12
            var all: [(reference: String, score: Double)] = []
            for candidate in candidates where candidate.reference != excluded {
                let score = question.similarity(to: candidate.profile)
                if score >= 0.2 { all.append((candidate.reference, score)) }
            }
            all.sort { (a: (reference: String, score: Double), b: (reference: String, score: Double)) -> Bool in
                a.score != b.score ? a.score > b.score : a.reference < b.reference
            }
            let kept = question.mostAlike(candidates, threshold: 0.2, limit: limit, excluding: excluded)
            let expected = Array(all.prefix(limit))
            #expect(kept.map { $0.reference } == expected.map { $0.reference }, "round \(round)")
            #expect(kept.map { $0.score } == expected.map { $0.score }, "round \(round)")
        }
    }

    @Test("a date is read from YYYY-MM-DD only, as the calendar has it")
    func isoDates() {
        // Every day of four centuries against Foundation's Gregorian calendar, then texts that are nearly dates.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var day = calendar.date(from: DateComponents(year: 1900, month: 1, day: 1))!
        while calendar.component(.year, from: day) < 2300 {
            let parts = calendar.dateComponents([.year, .month, .day], from: day)
            let text = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
            #expect(CivilDate(iso: text) == CivilDate(parts.year!, parts.month!, parts.day!), "\(text)")
            day = calendar.date(byAdding: .day, value: 1, to: day)!
        }
        for text in [
            "", "2026-02-30", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-01", "2026-01-1", "26-01-01", "2026-01-011",
            "2026/01/01", "2026-01-01 ", " 2026-01-01", "+026-01-01", "2026-+1-01", "2026-01--1", "２026-01-01", "2026-01-0١",
        ] {
            #expect(CivilDate(iso: text) == nil, "\(text)")
        }
        #expect(CivilDate(iso: "2024-02-29") == CivilDate(2024, 2, 29) && CivilDate(iso: "2100-02-29") == nil)
    }

    @Test("masking hides phones, e-mails, ID numbers and redacted phrases, and keeps the rest")
    func masking() {
        let masker = PersonalDataMasker(redactions: ["Nguyễn Văn Tư"])
        let text =
            "Tôi là Nguyễn Văn Tư, CCCD 079 123 456 789, gọi 0912.345.678 hoặc +84 912 345 679 hoặc 84912345670, thư tu@example.vn. "
            + "Đường số 12 ngập 30 cm."
        let masked = masker.masked(text)
        for secret in ["Nguyễn Văn Tư", "079 123 456 789", "0912.345.678", "+84 912 345 679", "84912345670", "tu@example.vn"] {
            #expect(masked.contains(secret) == false, "\(secret) in \(masked)")
        }
        #expect(masked.contains("Đường số 12 ngập 30 cm"), "ordinary numbers stay: \(masked)")
        #expect(masked.contains("[đã ẩn số điện thoại]") && masked.contains("[đã ẩn thư điện tử]") && masked.contains("[đã ẩn số giấy tờ]"))
    }

    @Test("a text the masker's quick check passes by holds nothing its patterns would hide")
    func maskerQuickCheck() {
        // Pieces that make e-mails, phones and ID numbers, or nearly: eight digits, separators, prefixes, an @.
        let pieces = ["0", "1", "9", "84", "+84", "0084", " ", ".", "-", "@", "a", "ư", "x.vn", "12345678", "0912", "345", "678"]
        var generator = SplitMix(seed: 20_261_203)
        var passed = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            guard !PersonalDataMasker.mayHoldPatterns(text) else { continue }
            passed += 1
            #expect(PersonalDataMasker.maskingPatterns(in: text) == text, "\(text)")
        }
        #expect(passed > 1_000, "the check passed by too few texts to tell: \(passed)")
        #expect(PersonalDataMasker().masked("Gọi 0912 345 678") == "Gọi [đã ẩn số điện thoại]")
    }

    @Test("a question's first deadline counts working days past weekends and Tết; a complaint's calendar days move off a day off")
    func deadlines() {
        let rules = DeadlineRules.standard
        // Friday 2026-02-13: Tết 2026 holidays run 14-22 February (notice for 2026).
        #expect(rules.rule(.question).firstDue(submittedOn: Self.day("2026-02-13"), calendar: Self.holidays) == Self.day("2026-03-06"))
        // Monday 2026-11-02 + 10 working days, no holiday in between: Monday 2026-11-16.
        #expect(rules.rule(.question).firstDue(submittedOn: Self.day("2026-11-02"), calendar: Self.holidays) == Self.day("2026-11-16"))
        // 10 calendar days after Wednesday 2026-04-22 is Saturday 2 May, then 1 May holiday week: next working day.
        let complaint = rules.rule(.complaint).firstDue(submittedOn: Self.day("2026-04-22"), calendar: Self.holidays)
        #expect(Self.holidays.isWorkingDay(complaint) && complaint >= Self.day("2026-05-02"))
        #expect(rules.rule(.denunciation).maxExtensions == 2)
    }

    @Test("due states: soon within three working days, overdue after, very overdue past ten working days")
    func dueStates() {
        let due = Self.day("2026-11-16")  // a Monday
        #expect(DueState.of(due: due, today: Self.day("2026-11-05"), calendar: Self.holidays) == .onTrack)
        #expect(DueState.of(due: due, today: Self.day("2026-11-12"), calendar: Self.holidays) == .dueSoon, "Thu, Fri, Mon: three working days")
        #expect(DueState.of(due: due, today: Self.day("2026-11-16"), calendar: Self.holidays) == .dueSoon)
        #expect(DueState.of(due: due, today: Self.day("2026-11-17"), calendar: Self.holidays) == .overdue)
        // 24 November is a day off from 2026 (Vietnamese Culture Day), so ten working days end on 1 December.
        #expect(DueState.of(due: due, today: Self.day("2026-12-01"), calendar: Self.holidays) == .overdue)
        #expect(DueState.of(due: due, today: Self.day("2026-12-02"), calendar: Self.holidays) == .veryOverdue)
    }

    @Test("every action is legal from its statuses only")
    func transitions() {
        var legal: [String] = []
        for action in QuestionAction.allCases {
            for status in QuestionStatus.allCases {
                if let target = action.target(from: status) { legal.append("\(action.rawValue):\(status.rawValue)->\(target.rawValue)") }
            }
        }
        #expect(
            legal.sorted()
                == [
                    "accept:submitted->accepted", "answer:answered->answered", "answer:assigned->answered", "approve:answered->approved",
                    "assign:accepted->assigned", "assign:answered->assigned", "assign:assigned->assigned", "merge:accepted->merged",
                    "merge:submitted->merged", "publish:approved->published", "reject:accepted->rejected", "reject:submitted->rejected",
                    "return:answered->assigned",
                    // Law 136/2025/QH15: withdrawal from any open status; pause, suspension and continuation once accepted;
                    // a clarification asked before the answer is drafted.
                    "clarify:accepted->awaiting_citizen", "clarify:assigned->awaiting_citizen", "clarify:submitted->awaiting_citizen",
                    "continue:accepted->accepted", "continue:answered->answered", "continue:assigned->assigned",
                    "pause:accepted->paused", "pause:answered->paused", "pause:assigned->paused",
                    "suspend:accepted->suspended", "suspend:answered->suspended", "suspend:assigned->suspended",
                    "suspend:awaiting_citizen->suspended", "suspend:paused->suspended",
                    "withdraw:accepted->withdrawn", "withdraw:answered->withdrawn", "withdraw:approved->withdrawn", "withdraw:assigned->withdrawn",
                    "withdraw:awaiting_citizen->withdrawn", "withdraw:paused->withdrawn", "withdraw:submitted->withdrawn",
                    "withdraw_part:accepted->accepted", "withdraw_part:answered->answered", "withdraw_part:approved->approved",
                    "withdraw_part:assigned->assigned", "withdraw_part:awaiting_citizen->awaiting_citizen", "withdraw_part:paused->paused",
                    "withdraw_part:submitted->submitted",
                ].sorted()
        )
        // A stopped clock restarts into the status it stopped in, and only from the stop that matches.
        #expect(QuestionAction.resume.target(from: .paused, resuming: .assigned) == .assigned)
        #expect(QuestionAction.clarified.target(from: .awaitingCitizen, resuming: .submitted) == .submitted)
        #expect(QuestionAction.resume.target(from: .awaitingCitizen, resuming: .submitted) == nil)
        #expect(QuestionAction.clarified.target(from: .paused, resuming: .assigned) == nil)
        #expect(!QuestionStatus.paused.clockRuns && QuestionStatus.paused.isOpen && !QuestionStatus.withdrawn.isOpen)
    }

    @Test("a stopped clock moves a calendar-day deadline by the days stopped and a working-day one by the working days stopped")
    func stoppedClock() {
        let complaint = DeadlineRules.standard.rule(.complaint)
        let question = DeadlineRules.standard.rule(.question)
        #expect(!complaint.countsWorkingDays(in: .accepted) && complaint.countsWorkingDays(in: .submitted) == false)
        #expect(question.countsWorkingDays(in: .assigned) && question.countsWorkingDays(in: .submitted))
        // Five calendar days, 16 to 21 September 2026: 14 October becomes 19 October.
        #expect(
            complaint.due(
                Self.day("2026-10-14"),
                stoppedOn: Self.day("2026-09-16"),
                restartedOn: Self.day("2026-09-21"),
                inWorkingDays: false,
                calendar: Self.holidays
            )
                == Self.day("2026-10-19")
        )
        // A calendar-day deadline moved onto a day off goes to the next working day: 14 October + 4 days is Sunday the 18th.
        #expect(
            complaint.due(
                Self.day("2026-10-14"),
                stoppedOn: Self.day("2026-09-16"),
                restartedOn: Self.day("2026-09-20"),
                inWorkingDays: false,
                calendar: Self.holidays
            )
                == Self.day("2026-10-19")
        )
        // 28 August to 6 September 2026 holds three working days (28 August, 3 and 4 September; 31 August to
        // 2 September are days off): 11 September becomes 16 September.
        #expect(
            question.due(
                Self.day("2026-09-11"),
                stoppedOn: Self.day("2026-08-28"),
                restartedOn: Self.day("2026-09-07"),
                inWorkingDays: true,
                calendar: Self.holidays
            )
                == Self.day("2026-09-16")
        )
        #expect(
            question.due(
                Self.day("2026-09-11"),
                stoppedOn: Self.day("2026-08-28"),
                restartedOn: Self.day("2026-08-28"),
                inWorkingDays: true,
                calendar: Self.holidays
            )
                == Self.day("2026-09-11"),
            "restarted the day it stopped: nothing moves"
        )
    }

    @Test("a complaint's resolution limit from the shipped rules: 30 days, 45 complex or remote, 60 both; second instance 45, 60, 70")
    func complaintLimits() {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schedules").path
        let (rules, problems) = DeadlineRules.load(directory: directory)
        #expect(problems.isEmpty, "\(problems)")
        for source in [rules, DeadlineRules.standard] {
            let rule = source.rule(.complaint)
            let limits = CaseConditions.all.map { rule.resolveDays(for: $0) }
            // In the order complex, remote, both; then the same for the second instance.
            #expect(limits == [30, 45, 45, 60, 45, 60, 60, 70])
        }
        #expect(rules.rule(.question).resolveDays(for: CaseConditions(complex: true)) == nil, "a question has no resolution limit")
        // Accepted Monday 14 September 2026, complex and remote: 60 days is Friday 13 November.
        #expect(
            rules.rule(.complaint).resolutionDue(
                acceptedOn: Self.day("2026-09-14"),
                conditions: CaseConditions(complex: true, remote: true),
                calendar: Self.holidays
            )
                == Self.day("2026-11-13")
        )
    }
}
