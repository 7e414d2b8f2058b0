import TiepDanCore
import TiepDanStore

/// Which of a case's turns (Law 136/2025/QH15) the staff page offers: each exactly when the question's status and
/// category allow the action and the member keeps the secretariat's book.
struct CaseTurns: Sendable {
    let canClarify: Bool
    let canRecordClarification: Bool
    let canPause: Bool
    let canSuspend: Bool
    let canResume: Bool
    let canWithdraw: Bool
    let canContinue: Bool

    /// Whether any turn is open, so the page shows the section at all.
    let any: Bool

    /// Every turn offered, for the template check's sample page.
    static let every = CaseTurns(flags: true)

    private init(flags: Bool) {
        (canClarify, canRecordClarification, canPause, canSuspend, canResume, canWithdraw, canContinue, any) = (
            flags, flags, flags, flags, flags, flags, flags, flags
        )
    }

    /// The turns `record` allows to a member who `isClerk`.
    init(_ record: QuestionRecord, isClerk: Bool) {
        func may(_ action: QuestionAction) -> Bool {
            isClerk && action.applies(to: record.category) && action.target(from: record.status, resuming: record.resumeStatus) != nil
        }
        canClarify = may(.clarify)
        canRecordClarification = may(.clarified)
        canPause = may(.pause)
        canSuspend = may(.suspend)
        canResume = may(.resume)
        canWithdraw = may(.withdraw)
        canContinue = may(.continueHandling)
        any = canClarify || canRecordClarification || canSuspend || canResume || canWithdraw || canContinue
    }
}
