import Foundation
public import TiepDanCore
public import TiepDanStore

/// The staff's work on questions, shared by the API and the staff pages: each method checks the
/// staff member's right and the input, then makes the change, or throws the problem that says why not.
public struct QuestionDesk: Sendable {
    public let questions: QuestionRepository
    public let schedules: ScheduleRepository
    public let holidays: HolidayCalendar
    public let deadlines: DeadlineRules
    public let seal: IdentitySeal
    /// Stops and restarts the clock of a case; shared with the citizen's desk.
    public let clock: CaseClock
    let now: @Sendable () -> Date

    /// A desk over the questions, the schedules (for departments and zones) and the deadline rules; `now` is the
    /// clock, moved by tests.
    public init(
        questions: QuestionRepository,
        schedules: ScheduleRepository,
        holidays: HolidayCalendar,
        deadlines: DeadlineRules,
        seal: IdentitySeal,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.questions = questions
        self.schedules = schedules
        self.holidays = holidays
        self.deadlines = deadlines
        self.seal = seal
        self.now = now
        clock = CaseClock(schedules: schedules, holidays: holidays, deadlines: deadlines, now: now)
    }

    /// The question, if `staff` may read it (else 404, so its existence is not told).
    public func readable(_ reference: String, staff: StaffUser) async throws -> QuestionRecord {
        guard let record = try await questions.find(reference: reference), QuestionAccess.canRead(record, staff: staff) else {
            throw OfficeError.notFound("no question \(reference)")
        }
        return record
    }

    /// Accepts (with the legal due date counted from today), rejects with a reason, or merges into another question.
    public func screen(
        _ record: QuestionRecord,
        decision: String,
        reason: String?,
        mergeInto: String?,
        conditions: CaseConditions = CaseConditions(),
        staff: StaffUser
    ) async throws -> QuestionRecord {
        try requireRole(staff, .secretariat, record)
        let reason = reason?.trimmed.nilIfEmpty
        switch decision {
        case "accept":
            let zone = try await schedules.timeZone(organisationID: record.organisationID)
            let rule = deadlines.rule(record.category)
            let resolution = rule.resolutionDue(acceptedOn: ZoneClock(zone).day(of: now()), conditions: conditions, calendar: holidays)
            let limit = rule.resolveDays(for: conditions).map { " (\($0) ngày)" } ?? ""
            // The history says what the limit was counted for, so the citizen sees why it is 45 days and not 30.
            let counted = [
                conditions.complex ? "vụ việc phức tạp" : nil, conditions.remote ? "vùng sâu, vùng xa" : nil,
                conditions.secondInstance ? "giải quyết lần hai" : nil,
            ]
            .compactMap { $0 }
            let note = ([reason] + (counted.isEmpty ? [] : [counted.joined(separator: ", ") + limit])).compactMap { $0 }.joined(separator: "; ")
                .nilIfEmpty
            return try await act(.accept, record, QuestionChange(note: note, dueDate: resolution, conditions: conditions), staff)
        case "reject":
            guard let reason, reason.count >= 3 else { throw OfficeError.invalid(field: "reason", "tell the citizen why it is not accepted") }
            return try await act(.reject, record, QuestionChange(note: reason), staff)
        case "merge":
            guard let into = mergeInto?.trimmed.nilIfEmpty else {
                throw OfficeError.invalid(field: "merge_into", "name the question to merge into")
            }
            return try await act(.merge, record, QuestionChange(note: reason, mergeInto: into), staff)
        default:
            throw OfficeError.invalid(field: "decision", "must be accept, reject or merge")
        }
    }

    /// Gives the question to one of its organisation's departments, with an optional due date.
    public func assign(_ record: QuestionRecord, departmentID: String, dueDate: String?, staff: StaffUser) async throws -> QuestionRecord {
        try requireRole(staff, .secretariat, record)
        let departments = try await schedules.departments(organisationID: record.organisationID)
        guard departments.contains(where: { $0.id == departmentID }) else {
            throw OfficeError.invalid(field: "department_id", "no department \(departmentID) in \(record.organisationID)")
        }
        var due: CivilDate?
        if let text = dueDate?.nilIfEmpty {
            guard let day = CivilDate(iso: text) else { throw OfficeError.invalid(field: "due_date", "must be a date like 2026-03-05") }
            due = day
        }
        return try await act(.assign, record, QuestionChange(departmentID: departmentID, dueDate: due), staff)
    }

    /// Drafts the answer: the assigned department's officers, or a leader.
    public func answer(_ record: QuestionRecord, text: String, staff: StaffUser) async throws -> QuestionRecord {
        guard QuestionAccess.canAnswer(record, staff: staff) else {
            throw OfficeError.forbidden("only the assigned department's officers or a leader answer this question")
        }
        let text = text.trimmed
        guard (2...20_000).contains(text.count) else { throw OfficeError.invalid(field: "text", "write the answer (2 to 20,000 characters)") }
        return try await act(.answer, record, QuestionChange(answer: text), staff)
    }

    /// A leader of the question's organisation approves the drafted answer; four eyes: not the one who drafted it.
    public func approve(_ record: QuestionRecord, staff: StaffUser) async throws -> QuestionRecord {
        try requireRole(staff, .leader, record)
        let drafter = try await questions.events(reference: record.reference).last { $0.action == QuestionAction.answer.rawValue }?.actor
        guard drafter != staff.id else { throw OfficeError.forbidden("the person who drafted an answer cannot approve it") }
        return try await act(.approve, record, QuestionChange(), staff)
    }

    /// A leader of the question's organisation sends the draft back to its department with what to change.
    public func returnForRevision(_ record: QuestionRecord, comment: String, staff: StaffUser) async throws -> QuestionRecord {
        try requireRole(staff, .leader, record)
        let comment = comment.trimmed
        guard (3...2000).contains(comment.count) else {
            throw OfficeError.invalid(field: "comment", "say what to revise (3 to 2,000 characters)")
        }
        return try await act(.returnForRevision, record, QuestionChange(note: comment), staff)
    }

    /// The secretariat publishes the approved answer.
    public func publish(_ record: QuestionRecord, staff: StaffUser) async throws -> QuestionRecord {
        try requireRole(staff, .secretariat, record)
        return try await act(.publish, record, QuestionChange(), staff)
    }

    /// Extends the deadline within what the law allows for its category.
    public func extend(_ record: QuestionRecord, dueDate: String, reason: String, staff: StaffUser) async throws -> QuestionRecord {
        try requireRole(staff, .secretariat, record)
        guard let due = CivilDate(iso: dueDate) else { throw OfficeError.invalid(field: "due_date", "must be a date like 2026-03-05") }
        let reason = reason.trimmed
        guard reason.count >= 3 else { throw OfficeError.invalid(field: "reason", "record why the deadline is extended") }
        let rule = deadlines.rule(record.category)
        let limit = holidays.workingDay(onOrAfter: record.dueDate.adding(days: rule.extensionDays))
        guard due <= limit else {
            throw OfficeError.invalid(field: "due_date", "one extension adds at most \(rule.extensionDays) days (until \(limit))")
        }
        return try await questions.extend(record.reference, to: due, reason: reason, maxExtensions: rule.maxExtensions, actor: staff.id, now: now())
    }

    /// Hides a phrase from every public view of the question.
    public func redact(_ record: QuestionRecord, phrase: String, staff: StaffUser) async throws {
        try requireRole(staff, .secretariat, record)
        let phrase = phrase.trimmed
        guard (2...200).contains(phrase.count) else { throw OfficeError.invalid(field: "phrase", "2 to 200 characters") }
        try await questions.redact(record.reference, phrase: phrase, actor: staff.id, now: now())
    }

    /// Who sent it, opened from the seal for a denunciation; the look is audited.
    public func submitter(_ record: QuestionRecord, staff: StaffUser) async throws -> (identity: IdentitySeal.Identity, sealed: Bool) {
        guard QuestionAccess.canSeeSubmitter(record, staff: staff) else {
            throw OfficeError.forbidden(
                record.category == .denunciation
                    ? "a denouncer's identity is for the assigned handlers only" : "this needs the assigned department or the secretariat"
            )
        }
        guard let citizen = try await questions.citizen(reference: record.reference, viewer: staff.id, now: now()) else {
            throw OfficeError.notFound("no submitter recorded")
        }
        if let sealed = citizen.sealed { return (try seal.open(sealed), true) }
        return (
            IdentitySeal.Identity(
                name: citizen.name ?? "",
                phone: citizen.phone,
                email: citizen.email,
                address: citizen.address,
                idType: citizen.idType,
                idNumber: citizen.idNumber
            ), false
        )
    }

    /// How the question stands against its due date today ("closed" once handled, "stopped" while its clock is).
    public func dueState(_ record: QuestionRecord) -> String {
        guard record.status.isOpen else { return "closed" }
        guard record.status.clockRuns else { return "stopped" }
        return DueState.of(due: record.dueDate, today: ZoneClock(RFC3339.vietnam).day(of: now()), calendar: holidays).rawValue
    }

    func act(_ action: QuestionAction, _ record: QuestionRecord, _ change: QuestionChange, _ staff: StaffUser) async throws -> QuestionRecord {
        try await questions.apply(action, to: record.reference, change: change, actor: staff.id, now: now())
    }

    func requireRole(_ staff: StaffUser, _ role: StaffRole, _ record: QuestionRecord) throws {
        try OrganisationScope.require([role], in: record.organisationID, staff: staff, what: "question \(record.reference)")
    }
}
