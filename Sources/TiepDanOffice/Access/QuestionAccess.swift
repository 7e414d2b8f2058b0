public import TiepDanCore
public import TiepDanStore

/// Who may see which question, within the organisations of their grants. In the question's organisation the
/// secretariat and leaders see all, officers their department's; an account overseeing it reads all there. A
/// denouncer's identity is for the assigned department's officers and system administrators alone.
public enum QuestionAccess {
    /// Whether `staff` may read the question (its text and history).
    public static func canRead(_ question: QuestionRecord, staff: StaffUser) -> Bool {
        let organisation = question.organisationID
        guard staff.canRead(organisation) else { return false }
        if staff.isSystemAdmin || staff.overseen.contains(organisation) { return true }
        return staff.hasAnyRole([.secretariat, .leader], in: organisation) || handles(question, staff: staff)
    }

    /// The same reach as `canRead`, as a filter for the store's lists (nil: no limit).
    public static func readable(by staff: StaffUser) -> QuestionFilter.Scope? {
        if staff.isSystemAdmin { return nil }
        var scope = QuestionFilter.Scope(organisations: staff.overseen, departments: [])
        for grant in staff.grants {
            if !grant.roles.isDisjoint(with: [.secretariat, .leader]) {
                if grant.organisationID == OrganisationGrant.everyOrganisation { return nil }
                scope.organisations.insert(grant.organisationID)
            } else if grant.roles.contains(.officer), let department = grant.departmentID {
                scope.departments.insert(department)
            }
        }
        return scope
    }

    /// Whether `staff` may see who sent it.
    public static func canSeeSubmitter(_ question: QuestionRecord, staff: StaffUser) -> Bool {
        if staff.isSystemAdmin { return true }
        if question.category == .denunciation { return handles(question, staff: staff) }
        return handles(question, staff: staff) || staff.hasAnyRole([.secretariat, .leader], in: question.organisationID)
    }

    /// Whether `staff` may open a sensitive question's sealed text: those who handle it (the assigned department's
    /// officers), the organisation's leaders, who approve its answer, and system administrators; not the secretariat.
    public static func canOpenSensitive(_ question: QuestionRecord, staff: StaffUser) -> Bool {
        staff.isSystemAdmin || staff.hasAnyRole([.leader], in: question.organisationID) || handles(question, staff: staff)
    }

    /// Whether `staff` may draft the answer: the assigned department's officers, and the organisation's leaders.
    public static func canAnswer(_ question: QuestionRecord, staff: StaffUser) -> Bool {
        staff.hasAnyRole([.leader], in: question.organisationID) || handles(question, staff: staff)
    }

    /// An officer of the department the question is assigned to, in its organisation.
    static func handles(_ question: QuestionRecord, staff: StaffUser) -> Bool {
        guard let department = question.departmentID else { return false }
        return staff.hasAnyRole([.officer], in: question.organisationID) && staff.department(in: question.organisationID) == department
    }
}
