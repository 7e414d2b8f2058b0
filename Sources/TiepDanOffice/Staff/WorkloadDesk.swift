public import Foundation
public import TiepDanCore

/// What is waiting for a staff member, counted for the start page from the same desks its lists come from, so a
/// count and the list it links to always agree.
public struct WorkloadDesk: Sendable {
    let questions: QuestionDesk
    let commitments: CommitmentDesk
    let now: @Sendable () -> Date

    /// A desk over the question and commitment desks; `now` says what today is.
    public init(questions: QuestionDesk, commitments: CommitmentDesk, now: @escaping @Sendable () -> Date = Date.init) {
        self.questions = questions
        self.commitments = commitments
        self.now = now
    }

    /// The counts for `staff`, within `organisationID` when one is chosen.
    public func workload(for staff: StaffUser, organisationID: String?) async throws -> Workload {
        func count(status: String? = nil, due: String? = nil) async throws -> Int {
            let filter = StaffQuestionFilter(status: status, organisationID: organisationID, due: due, limit: 10_000)
            return try await questions.queue(filter, staff: staff).items.count
        }
        // A week ahead, in Vietnam's calendar as the commitments' due dates are written.
        let weekAhead = ZoneClock(RFC3339.vietnam).day(of: now()).adding(days: 7)
        let due = try await commitments.dueBy(weekAhead, for: staff, organisationID: organisationID)
        return Workload(
            questionsDueSoon: try await count(due: "due_soon"),
            questionsOverdue: try await count(due: "overdue"),
            answersAwaitingApproval: staff.hasAnyRole([.secretariat, .leader]) ? try await count(status: QuestionStatus.answered.rawValue) : 0,
            commitmentsDue: due.count
        )
    }
}
