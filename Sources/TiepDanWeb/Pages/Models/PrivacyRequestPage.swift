/// One citizen's request about their data: its clocks, what the citizen asked, and the secretariat's actions.
struct PrivacyRequestPage: PageContent {
    let id, kind, subject, channel, filed, status: String
    let detail: String?
    let acknowledgeBy, due, dueState, dueLabel: String
    /// When it was acknowledged; absent until then.
    let acknowledged: String?
    let extendedReason: String?
    let outcomeReason: String?
    let isOpen: Bool
    /// The secretariat may act on it (leaders read it).
    let canAct: Bool
    let canExtend: Bool
    let errorSummary: ErrorSummary?
}
