import Foundation
import Testing
import TiepDanCore

@testable import TiepDanStore

/// The turns Law 136/2025/QH15 gives complaints and denunciations, as the store keeps them.
extension StoreScenarios {
    static let caseLifecycle: [StoreScenario] = [
        StoreScenario(name: "a complaint paused and resumed returns where it stood with its due date moved; withdrawn or suspended it ends") {
            (store: any Store) async throws in
            _ = try await BookingFixtures.session(in: store)
            let questions = QuestionRepository(store: store)
            let now = BookingFixtures.now
            let complaint = try await questions.submit(QuestionFixtures.question("Khiếu nại thu hồi đất", category: .complaint), now: now)
            // Before acceptance there is nothing to pause or suspend.
            for action in [QuestionAction.pause, .suspend, .resume, .continueHandling, .clarified] {
                await #expect(throws: QuestionError.illegalTransition(action: action, from: .submitted)) {
                    _ = try await questions.apply(
                        action,
                        to: complaint.reference,
                        change: QuestionChange(clockStoppedOn: CivilDate(2026, 9, 1)),
                        actor: "u",
                        now: now
                    )
                }
            }
            _ = try await questions.apply(.accept, to: complaint.reference, change: QuestionChange(), actor: "u", now: now)
            _ = try await questions.apply(
                .assign,
                to: complaint.reference,
                change: QuestionChange(departmentID: "xa-thu.dia-chinh"),
                actor: "u",
                now: now
            )
            var record = try await questions.apply(
                .pause,
                to: complaint.reference,
                change: QuestionChange(note: "Chờ kết quả giám định (căn cứ: Điều 33)", clockStoppedOn: CivilDate(2026, 9, 21)),
                actor: "u",
                now: now
            )
            #expect(record.status == .paused && record.resumeStatus == .assigned && record.clockStoppedOn == CivilDate(2026, 9, 21))
            for action in [QuestionAction.pause, .answer, .clarify, .continueHandling, .clarified] {
                await #expect(throws: QuestionError.illegalTransition(action: action, from: .paused)) {
                    _ = try await questions.apply(
                        action,
                        to: complaint.reference,
                        change: QuestionChange(clockStoppedOn: CivilDate(2026, 9, 22)),
                        actor: "u",
                        now: now
                    )
                }
            }
            record = try await questions.apply(
                .resume,
                to: complaint.reference,
                change: QuestionChange(note: nil, restartedDue: { $0.dueDate.adding(days: 5) }),
                actor: "u",
                now: now
            )
            #expect(record.status == .assigned && record.resumeStatus == nil && record.clockStoppedOn == nil)
            #expect(record.dueDate == CivilDate(2026, 10, 10), "the due date moved by what the restart rule gave")
            await #expect(throws: QuestionError.illegalTransition(action: .resume, from: .assigned)) {
                _ = try await questions.apply(.resume, to: complaint.reference, change: QuestionChange(), actor: "u", now: now)
            }
            record = try await questions.apply(
                .continueHandling,
                to: complaint.reference,
                change: QuestionChange(note: "Vắng mặt"),
                actor: "u",
                now: now
            )
            #expect(record.status == .assigned)
            record = try await questions.apply(
                .withdrawPart,
                to: complaint.reference,
                change: QuestionChange(note: "Phần còn lại: bồi thường"),
                actor: "u",
                now: now
            )
            #expect(record.status == .assigned)
            record = try await questions.apply(.withdraw, to: complaint.reference, change: QuestionChange(note: "Rút toàn bộ"), actor: "u", now: now)
            #expect(record.status == .withdrawn && !record.status.isOpen)
            for action in [QuestionAction.withdraw, .withdrawPart, .suspend, .pause, .answer, .clarify] {
                await #expect(throws: QuestionError.illegalTransition(action: action, from: .withdrawn)) {
                    _ = try await questions.apply(
                        action,
                        to: complaint.reference,
                        change: QuestionChange(clockStoppedOn: CivilDate(2026, 9, 22)),
                        actor: "u",
                        now: now
                    )
                }
            }
            let history = try await questions.events(reference: complaint.reference)
            #expect(history.map(\.action) == ["submitted", "accept", "assign", "pause", "resume", "continue", "withdraw_part", "withdraw"])
            #expect(history[3].note == "Chờ kết quả giám định (căn cứ: Điều 33)" && history[6].note == "Phần còn lại: bồi thường")

            // Suspension for good ends a paused case, and its clock never restarts.
            let second = try await questions.submit(QuestionFixtures.question("Tố cáo cán bộ", category: .denunciation), now: now)
            _ = try await questions.apply(.accept, to: second.reference, change: QuestionChange(), actor: "u", now: now)
            _ = try await questions.apply(
                .pause,
                to: second.reference,
                change: QuestionChange(clockStoppedOn: CivilDate(2026, 9, 21)),
                actor: "u",
                now: now
            )
            record = try await questions.apply(.suspend, to: second.reference, change: QuestionChange(note: "Đình chỉ"), actor: "u", now: now)
            #expect(record.status == .suspended && record.resumeStatus == nil && record.clockStoppedOn == nil)
            await #expect(throws: QuestionError.illegalTransition(action: .resume, from: .suspended)) {
                _ = try await questions.apply(.resume, to: second.reference, change: QuestionChange(), actor: "u", now: now)
            }
        },
        StoreScenario(
            name:
                "a clarification stops the clock of any case, the answer restarts it; withdrawal and suspension are for complaints and denunciations"
        ) {
            (store: any Store) async throws in
            _ = try await BookingFixtures.session(in: store)
            let questions = QuestionRepository(store: store)
            let now = BookingFixtures.now
            let question = try await questions.submit(QuestionFixtures.question("Hỏi về hộ nghèo"), now: now)
            for action in [QuestionAction.withdraw, .withdrawPart, .pause, .suspend, .continueHandling] {
                await #expect(throws: QuestionError.notAllowed("the law gives no \(action.rawValue) for a question")) {
                    _ = try await questions.apply(
                        action,
                        to: question.reference,
                        change: QuestionChange(clockStoppedOn: CivilDate(2026, 9, 21)),
                        actor: "u",
                        now: now
                    )
                }
            }
            var record = try await questions.apply(
                .clarify,
                to: question.reference,
                change: QuestionChange(note: "Xin ghi rõ thôn", clockStoppedOn: CivilDate(2026, 9, 21)),
                actor: "u",
                now: now
            )
            #expect(record.status == .awaitingCitizen && record.resumeStatus == .submitted && !record.status.clockRuns && record.status.isOpen)
            // The due filter leaves a stopped clock out: it cannot fall due while it waits for the citizen.
            var filter = QuestionFilter()
            filter.openAndDueBy = CivilDate(2026, 12, 31)
            #expect(try await questions.list(filter).isEmpty)
            await #expect(throws: QuestionError.illegalTransition(action: .accept, from: .awaitingCitizen)) {
                _ = try await questions.apply(.accept, to: question.reference, change: QuestionChange(), actor: "u", now: now)
            }
            record = try await questions.apply(
                .clarified,
                to: question.reference,
                change: QuestionChange(note: "Thôn 3", restartedDue: { $0.dueDate.adding(days: 3) }),
                actor: "citizen",
                now: now
            )
            #expect(record.status == .submitted && record.dueDate == CivilDate(2026, 10, 8))
            #expect(try await questions.list(filter).map(\.reference) == [question.reference])
            await #expect(throws: QuestionError.illegalTransition(action: .clarified, from: .submitted)) {
                _ = try await questions.apply(.clarified, to: question.reference, change: QuestionChange(note: "lần 2"), actor: "citizen", now: now)
            }
            let history = try await questions.events(reference: question.reference)
            #expect(history.map(\.action) == ["submitted", "clarify", "clarified"] && history.map(\.actor).last == "citizen")
        },
    ]
}
