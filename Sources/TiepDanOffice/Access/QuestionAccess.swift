public import TiepDanCore
public import TiepDanStore

/// Who may see which question. Officers see their department's questions only; a denouncer's
/// identity is for the assigned department's officers and admins alone.
public enum QuestionAccess {
    /// Whether `staff` may read the question (its text and history).
    public static func canRead(_ question: QuestionRecord, staff: StaffUser) -> Bool {
        if staff.hasAnyRole([.secretariat, .leader]) { return true }
        return staff.roles.contains(.officer) && question.departmentID != nil && question.departmentID == staff.departmentID
    }

    /// Whether `staff` may see who sent it.
    public static func canSeeSubmitter(_ question: QuestionRecord, staff: StaffUser) -> Bool {
        if staff.roles.contains(.admin) { return true }
        let handler = staff.roles.contains(.officer) && question.departmentID != nil && question.departmentID == staff.departmentID
        if question.category == .denunciation { return handler }
        return handler || staff.hasAnyRole([.secretariat, .leader])
    }

    /// Whether `staff` may draft the answer: the assigned department's officers, and leaders.
    public static func canAnswer(_ question: QuestionRecord, staff: StaffUser) -> Bool {
        staff.hasAnyRole([.leader]) || (staff.roles.contains(.officer) && question.departmentID == staff.departmentID)
    }
}
