import Foundation
import SQLKit
import Testing
import TiepDanCore

@testable import TiepDanStore

enum QuestionFixtures {
    static func question(
        _ text: String,
        subject: String = "Hỏi",
        category: CaseCategory = .question,
        session: String? = nil,
        consent: Bool = true,
        token: String = "t"
    ) -> NewQuestion {
        NewQuestion(
            organisationID: "xa-thu",
            sessionID: session,
            category: category,
            channel: "web",
            subject: subject,
            text: text,
            name: "Lê Văn Bốn",
            phone: "0912345678",
            email: nil,
            address: nil,
            sealedIdentity: nil,
            consents: consent ? [.publish, .broadcast] : [],
            dueDate: CivilDate(year: 2026, month: 10, day: 5)!,
            createdBy: "citizen",
            tokenHash: token
        )
    }
}

extension QuestionFixtures {
    /// Takes a question from submitted to published, each step as the office would.
    static func publish(_ reference: String, in questions: QuestionRepository, now: Date, department: String = "xa-thu.dia-chinh") async throws {
        _ = try await questions.apply(.accept, to: reference, change: QuestionChange(), actor: "u-sec", now: now)
        _ = try await questions.apply(.assign, to: reference, change: QuestionChange(departmentID: department), actor: "u-sec", now: now)
        _ = try await questions.apply(.answer, to: reference, change: QuestionChange(answer: "Sẽ làm."), actor: "u-off", now: now)
        _ = try await questions.apply(.approve, to: reference, change: QuestionChange(), actor: "u-lead", now: now)
        _ = try await questions.apply(.publish, to: reference, change: QuestionChange(), actor: "u-sec", now: now)
    }
}

extension StoreScenarios {
    static let questions: [StoreScenario] = [
        StoreScenario(name: "a question goes through every step; each illegal step is refused and changes nothing") {
            (store: any Store) async throws in
            _ = try await BookingFixtures.session(in: store)
            let questions = QuestionRepository(store: store)
            let now = BookingFixtures.now
            let asked = try await questions.submit(QuestionFixtures.question("Khi nào sửa đường?"), now: now)
            #expect(asked.reference.range(of: #"^Q-\d{4}-\d{6}$"#, options: .regularExpression) != nil)
            #expect(asked.status == .submitted)
            for action in [QuestionAction.assign, .answer, .approve, .publish] {
                await #expect(throws: QuestionError.illegalTransition(action: action, from: .submitted)) {
                    _ = try await questions.apply(
                        action,
                        to: asked.reference,
                        change: QuestionChange(departmentID: "xa-thu.dia-chinh"),
                        actor: "u",
                        now: now
                    )
                }
            }
            var record = try await questions.apply(.accept, to: asked.reference, change: QuestionChange(), actor: "u-sec", now: now)
            #expect(record.status == .accepted)
            await #expect(throws: QuestionError.illegalTransition(action: .accept, from: .accepted)) {
                _ = try await questions.apply(.accept, to: asked.reference, change: QuestionChange(), actor: "u", now: now)
            }
            let due = CivilDate(year: 2026, month: 10, day: 20)!
            record = try await questions.apply(
                .assign,
                to: asked.reference,
                change: QuestionChange(
                    note: "Giao Địa chính",
                    departmentID: "xa-thu.dia-chinh",
                    dueDate: due
                ),
                actor: "u-sec",
                now: now
            )
            #expect(record.status == .assigned && record.departmentID == "xa-thu.dia-chinh" && record.dueDate == due)
            record = try await questions.apply(
                .answer,
                to: asked.reference,
                change: QuestionChange(answer: "Tháng 12 sửa xong."),
                actor: "u-off",
                now: now
            )
            #expect(record.answer == "Tháng 12 sửa xong.")
            await #expect(throws: QuestionError.self) {
                _ = try await questions.rate(asked.reference, tokenHash: "t", score: 5, comment: nil, now: now)
            }
            record = try await questions.apply(.approve, to: asked.reference, change: QuestionChange(), actor: "u-lead", now: now)
            record = try await questions.apply(.publish, to: asked.reference, change: QuestionChange(), actor: "u-sec", now: now)
            #expect(record.status == .published && record.publishedAt != nil)
            await #expect(throws: QuestionError.notFound) {
                _ = try await questions.rate(asked.reference, tokenHash: "wrong", score: 5, comment: nil, now: now)
            }
            record = try await questions.rate(asked.reference, tokenHash: "t", score: 4, comment: "Cảm ơn", now: now)
            #expect(record.rating == 4)
            await #expect(throws: QuestionError.notAllowed("already rated")) {
                _ = try await questions.rate(asked.reference, tokenHash: "t", score: 1, comment: nil, now: now)
            }
            let history = try await questions.events(reference: asked.reference)
            #expect(history.map(\.action) == ["submitted", "accept", "assign", "answer", "approve", "publish", "rated"])
            #expect(history[2].note == "Giao Địa chính")
            let published = try await questions.published(organisationID: "xa-thu", limit: 10, after: nil)
            #expect(published.map(\.0.reference) == [asked.reference])
            let trail = try await store.read { try await AuditLog.trail(kind: "question", id: asked.reference, on: $0) }
            #expect(trail.allSatisfy { ($0.after ?? "").contains("Lê Văn Bốn") == false && ($0.after ?? "").contains("0912345678") == false })
        },
        StoreScenario(name: "the due filter selects open questions due by a day before the page limit applies") { (store: any Store) async throws in
            _ = try await BookingFixtures.session(in: store)
            let questions = QuestionRepository(store: store)
            let now = BookingFixtures.now
            var references: [String] = []
            for index in 0..<4 {
                references.append(try await questions.submit(QuestionFixtures.question("Câu hỏi số \(index)"), now: now).reference)
            }
            _ = try await questions.apply(.reject, to: references[0], change: QuestionChange(note: "trùng"), actor: "u", now: now)
            var filter = QuestionFilter()
            filter.openAndDueBy = CivilDate(2026, 10, 5)
            filter.limit = 2
            #expect(try await questions.list(filter).map(\.reference) == Array(references[1...2]), "the closed one is not due")
            filter.openAndDueBy = CivilDate(2026, 10, 4)
            #expect(try await questions.list(filter).isEmpty)
        },
        StoreScenario(name: "a search or suggestion within one organisation finds its own questions alone, however many others hold the words") {
            (store: any Store) async throws in
            _ = try await BookingFixtures.session(in: store)
            // A neighbour whose id begins with the first one's: the index's tokens must still tell them apart.
            var neighbour = ScheduleFixtures.schedule
            neighbour.file = "xa-thu-2.yaml"
            neighbour.organisation.id = "xa-thu-2"
            neighbour.leaders = neighbour.leaders.map {
                var leader = $0
                leader.organisationID = "xa-thu-2"
                return leader
            }
            let now = BookingFixtures.now
            _ = try await ScheduleRepository(store: store).sync(
                schedules: [ScheduleFixtures.schedule, neighbour],
                sessions: ScheduleFixtures.planned(days: [7], now: now),
                now: now,
                horizon: now.addingTimeInterval(30 * 86_400)
            )
            let questions = QuestionRepository(store: store)
            let own = try await questions.submit(QuestionFixtures.question("Đường ấp 3 ngập nước sau mưa", subject: "Ngập đường"), now: now)
            // More than the suggestions' fifty candidates, all newer than the first organisation's one.
            var others: [String] = []
            for index in 1...60 {
                var question = QuestionFixtures.question("Đường ấp 3 ngập nước sau mưa lần \(index)", subject: "Ngập đường")
                question.organisationID = "xa-thu-2"
                others.append(try await questions.submit(question, now: now.addingTimeInterval(Double(index))).reference)
            }
            #expect(try await questions.similar(to: "Đường ấp 3 ngập nước", organisationID: "xa-thu").map(\.question.reference) == [own.reference])
            #expect(try await questions.search("ĐƯỜNG ngập", organisationID: "xa-thu").map(\.reference) == [own.reference])
            #expect(Set(try await questions.search("đường ngập", organisationID: "xa-thu-2", limit: 100).map(\.reference)) == Set(others))
            #expect(try await questions.search("đường ngập", limit: 100).count == 61, "with no organisation named, every one")
            try await QuestionFixtures.publish(own.reference, in: questions, now: now)
            try await QuestionFixtures.publish(others[0], in: questions, now: now, department: "xa-thu-2.dia-chinh")
            let profiles = PublicAnswerProfiles()
            for (organisation, published) in [("xa-thu", own.reference), ("xa-thu-2", others[0])] {
                let suggested = try await questions.similarPublished(to: "đường ngập nước", organisationID: organisation, profiles: profiles)
                #expect(suggested.map(\.reference) == [published], "a citizen of \(organisation) is pointed to its published answer")
            }
            // Kept profiles follow, on the very next question, what is published next and what leaves the public since.
            func suggested(excluding: String? = nil) async throws -> [SuggestedAnswer] {
                try await questions.similarPublished(to: "đường ngập nước", organisationID: "xa-thu-2", excluding: excluding, profiles: profiles)
            }
            let stamp = { try await store.read { try await QuestionRepository.publicAnswerStamp("xa-thu-2", on: $0) } }
            let before = try await stamp()
            var unpublished = QuestionFixtures.question("Đường ngập nước lần nữa", subject: "Ngập")
            unpublished.organisationID = "xa-thu-2"
            _ = try await questions.submit(unpublished, now: now)
            #expect(try await stamp() == before, "a question received leaves the published answers' version alone")
            try await QuestionFixtures.publish(others[1], in: questions, now: now, department: "xa-thu-2.dia-chinh")
            try await QuestionFixtures.publish(others[2], in: questions, now: now, department: "xa-thu-2.dia-chinh")
            #expect(Set(try await suggested().map(\.reference)) == [others[0], others[1], others[2]])
            try await questions.redact(others[1], phrase: "ngập", actor: "u-sec", now: now)
            #expect(try await suggested().first { $0.reference == others[1] }?.redactions == ["ngập"], "a redaction shows at once")
            _ = try await questions.sealSensitive(others[0], sealed: "sealed", actor: "u-sec", now: now)
            #expect(Set(try await suggested().map(\.reference)) == [others[1], others[2]], "a sealed answer is not suggested")
            _ = try await ConsentRepository(store: store).withdraw(.publish, from: .question(others[2]), channel: "web", by: "citizen", now: now)
            #expect(try await suggested().map(\.reference) == [others[1]], "nor one whose publication consent was withdrawn")
            #expect(try await suggested(excluding: others[1]).isEmpty)
        },
        StoreScenario(name: "merging keeps every asker counted; search and duplicates ignore diacritics and case") {
            (store: any Store) async throws in
            _ = try await BookingFixtures.session(in: store)
            let questions = QuestionRepository(store: store)
            let now = BookingFixtures.now
            let first = try await questions.submit(
                QuestionFixtures.question("Đường xã ấp 3 bị ngập, khi nào nâng cấp?", subject: "Ngập đường"),
                now: now
            )
            let second = try await questions.submit(
                QuestionFixtures.question("duong xa ap 3 ngap nang, de nghi nang cap", subject: "ngap duong"),
                now: now
            )
            let other = try await questions.submit(
                QuestionFixtures.question("Cấp giấy chứng nhận quyền sử dụng đất chậm", subject: "Sổ đỏ"),
                now: now
            )
            #expect(try await questions.search("DUONG XA").map(\.reference).sorted() == [first.reference, second.reference])
            #expect(try await questions.search("đường xã ấp").map(\.reference).sorted() == [first.reference, second.reference])
            #expect(try await questions.search("Sổ đỏ").map(\.reference) == [other.reference])
            #expect(try await questions.search("' OR 1=1 --").isEmpty)
            let similar = try await questions.similar(to: "Đường ấp 3 ngập nước", organisationID: "xa-thu")
            #expect(Set(similar.prefix(2).map(\.question.reference)) == [first.reference, second.reference])
            #expect(similar.contains { $0.question.reference == other.reference } == false)
            await #expect(throws: QuestionError.notFound, "an unpublished question takes no support and is not revealed") {
                _ = try await questions.support(first.reference, clientKey: "a", now: now)
            }
            try await QuestionFixtures.publish(first.reference, in: questions, now: now)
            #expect(try await questions.support(first.reference, clientKey: "a", now: now).supporters == 1)
            #expect(try await questions.support(first.reference, clientKey: "a", now: now).supporters == 1, "once per client")
            let merged = try await questions.apply(
                .merge,
                to: second.reference,
                change: QuestionChange(note: "trùng", mergeInto: first.reference),
                actor: "u",
                now: now
            )
            #expect(merged.status == .merged && merged.mergedInto == first.reference)
            #expect(try await questions.find(reference: first.reference)?.supporters == 2, "one supporter, plus the merged asker")
            _ = try await questions.support(second.reference, clientKey: "b", now: now)
            #expect(try await questions.find(reference: first.reference)?.supporters == 3, "support for a merged question goes to its carrier")
            await #expect(throws: QuestionError.self) {
                _ = try await questions.apply(.merge, to: other.reference, change: QuestionChange(mergeInto: other.reference), actor: "u", now: now)
            }
            #expect(
                try await questions.events(reference: first.reference).map(\.action)
                    == ["submitted", "accept", "assign", "answer", "approve", "publish", "merged_from"]
            )
        },
        StoreScenario(name: "extensions are limited by law and kept in the history; a session's cut-off closes it") {
            (store: any Store) async throws in
            let session = try await BookingFixtures.session(in: store)
            let questions = QuestionRepository(store: store)
            let now = BookingFixtures.now
            let complaint = try await questions.submit(
                QuestionFixtures.question("Khiếu nại quyết định thu hồi đất", category: .complaint, session: session),
                now: now
            )
            await #expect(throws: QuestionError.self) {
                _ = try await questions.extend(
                    complaint.reference,
                    to: CivilDate(year: 2026, month: 11, day: 1)!,
                    reason: "x",
                    maxExtensions: 1,
                    actor: "u",
                    now: now
                )
            }
            _ = try await questions.apply(.accept, to: complaint.reference, change: QuestionChange(), actor: "u", now: now)
            let extended = try await questions.extend(
                complaint.reference,
                to: CivilDate(year: 2026, month: 10, day: 20)!,
                reason: "Vụ việc phức tạp",
                maxExtensions: 1,
                actor: "u",
                now: now
            )
            #expect(extended.extensions == 1 && extended.dueDate == CivilDate(year: 2026, month: 10, day: 20)!)
            await #expect(throws: QuestionError.notAllowed("the law allows 1 extension(s) for this category")) {
                _ = try await questions.extend(
                    complaint.reference,
                    to: CivilDate(year: 2026, month: 11, day: 20)!,
                    reason: "lần 2",
                    maxExtensions: 1,
                    actor: "u",
                    now: now
                )
            }
            #expect(try await questions.events(reference: complaint.reference).last?.note == "2026-10-05 → 2026-10-20: Vụ việc phức tạp")
            await #expect(throws: QuestionError.closed("questions for this session closed at its cut-off")) {
                _ = try await questions.submit(QuestionFixtures.question("muộn", session: session), now: now.addingTimeInterval(8 * 86_400))
            }
        },
    ]
}
