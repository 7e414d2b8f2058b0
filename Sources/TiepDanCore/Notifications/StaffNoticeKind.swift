/// What staff are told of a question. The raw value names the notice's template (`notices/staff-<value>.mustache`).
public enum StaffNoticeKind: String, Sendable, Codable, CaseIterable {
    /// A question was assigned to a department: its officers have it to answer.
    case questionAssigned = "question_assigned"
    /// A question's legal deadline is a few working days away (`--question-due-working-days`).
    case questionDueSoon = "question_due_soon"
    /// A question's legal deadline passed with the case still open.
    case questionOverdue = "question_overdue"
}
