import Foundation
public import TiepDanCore
public import TiepDanStore

/// The secretariat's work on a radio programme or dialogue, shared by the API and the pages:
/// its rundown, the panel's invitations, the live console, and closing it afterwards.
public struct BroadcastDesk: Sendable {
    public let schedules: ScheduleRepository
    public let questions: QuestionRepository
    public let broadcasts: BroadcastRepository
    public let holidays: HolidayCalendar
    public let deadlines: DeadlineRules

    /// A desk over the programmes' schedule, their questions and the console's record.
    public init(
        schedules: ScheduleRepository,
        questions: QuestionRepository,
        broadcasts: BroadcastRepository,
        holidays: HolidayCalendar,
        deadlines: DeadlineRules
    ) {
        self.schedules = schedules
        self.questions = questions
        self.broadcasts = broadcasts
        self.holidays = holidays
        self.deadlines = deadlines
    }

    /// The programme `id`, if `staff` may read its organisation: 404 when there is none (or it is out of reach),
    /// 409 for a reception session.
    public func programme(_ id: String, staff: StaffUser) async throws -> ScheduledSession {
        guard let session = try await schedules.session(id: id) else { throw OfficeError.notFound("no session \(id)") }
        try OrganisationScope.requireRead(session.organisationID, staff: staff, what: "session \(id)")
        guard session.kind != .reception else { throw OfficeError.conflict("this is for a radio programme or a dialogue") }
        return session
    }

    /// Starts the programme on air (its organisation's secretariat).
    public func start(_ session: ScheduledSession, staff: StaffUser) async throws {
        try Self.requireSecretariat(session, staff)
        _ = try await broadcasts.start(sessionID: session.id, actor: staff.id, now: Date())
    }

    /// The programme's changes are its organisation's secretariat's.
    static func requireSecretariat(_ session: ScheduledSession, _ staff: StaffUser) throws {
        try OrganisationScope.require([.secretariat], in: session.organisationID, staff: staff, what: "session \(session.id)")
    }

    /// Questions collected for the programme that are still its own (not rejected, not merged into another); never a
    /// denunciation or information about wrongdoing, which no programme may air (`ConsentPurpose.applies(to:)`) and
    /// whose handlers take them from the queue, not from the console.
    public func collected(_ session: ScheduledSession) async throws -> [QuestionRecord] {
        try await all(session).filter {
            $0.status != .rejected && $0.status != .merged && ConsentPurpose.broadcast.applies(to: $0.category)
        }
    }

    /// Every question sent for the programme, merged ones included.
    public func all(_ session: ScheduledSession) async throws -> [QuestionRecord] {
        var filter = QuestionFilter()
        filter.sessionID = session.id
        filter.limit = 10_000
        return try await questions.list(filter)
    }

    /// Department names by id, with "Chưa phân công" for questions without one.
    public func topics(_ session: ScheduledSession) async throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try await schedules.departments(organisationID: session.organisationID).map { ($0.id, $0.name) })
    }

    public static let unassigned = "Chưa phân công"

    /// The texts as the presenter may read them on air: masked (phones, e-mails, ID numbers) and with the staff's
    /// redactions hidden, unless staff decided a text needs none; by reference.
    public func readable(_ questions: [QuestionRecord]) async throws -> [String: String] {
        let redactions = try await self.questions.redactions(references: questions.map(\.reference))
        return Dictionary(
            questions.map { question in
                (question.reference, PublicQuestion(question, redactions: redactions[question.reference] ?? []).text)
            },
            uniquingKeysWith: { first, _ in first }
        )
    }

    /// The rundown from the collected questions the programme may read on air; `airMinutes` overrides the programme's
    /// length. Returns every collected question too, for the console's call-ins and the unassigned list.
    public func rundown(
        _ session: ScheduledSession,
        airMinutes: Int? = nil,
        reserveMinutes: Int?,
        urgent: [String] = [],
        seconds overrides: [String: Int] = [:]
    ) async throws -> (Rundown, [QuestionRecord]) {
        let planned = Int(session.endsAt.timeIntervalSince(session.startsAt))
        let air = try BoundedNumber.airMinutes.check(airMinutes).map { $0 * 60 } ?? planned
        let reserve = (try BoundedNumber.reserveMinutes.check(reserveMinutes) ?? 10) * 60
        guard (0...air).contains(reserve) else {
            throw OfficeError.invalid(field: "reserve_minutes", "must be 0 to the programme's \(air / 60) minutes")
        }
        for (reference, seconds) in overrides {
            _ = try BoundedNumber("seconds.\(reference)", BoundedNumber.segmentSeconds.range).check(seconds)
        }
        let collected = try await collected(session)
        let departments = try await topics(session)
        let marked = Set(urgent)
        let clock = ZoneClock(RFC3339.vietnam)
        let today = clock.day(of: Date())
        // Only what may be heard on air (`PublicVisibility.mayAir`): screened, consented, never a denunciation.
        let candidates = collected.filter { PublicVisibility.mayAir($0.category, status: $0.status, consent: $0.broadcastConsent) }.map {
            question in
            RundownCandidate(
                id: question.reference,
                topic: question.departmentID.flatMap { departments[$0] } ?? Self.unassigned,
                category: question.category,
                textLength: question.text.count,
                supporters: question.supporters,
                urgent: marked.contains(question.reference),
                ageDays: max(0, today.julianDay - clock.day(of: question.createdAt).julianDay),
                secondsOverride: overrides[question.reference]
            )
        }
        return (RundownBuilder().build(candidates, airSeconds: air, reserveSeconds: reserve), collected)
    }

    /// The panel: the programme's leaders, and the departments whose questions the rundown takes
    /// (`planned`, when the caller has already built it).
    public func panel(
        _ session: ScheduledSession,
        planned: (Rundown, [QuestionRecord])? = nil
    ) async throws -> [(id: String, kind: String, name: String)] {
        var members: [(String, String, String)] = []
        for id in session.leaderIDs {
            if let leader = try await schedules.leader(id: id) { members.append((id, "leader", "\(leader.title) \(leader.name)")) }
        }
        let (rundown, collected) = if let planned { planned } else { try await self.rundown(session, reserveMinutes: nil) }
        let selected = Set(rundown.selected.map(\.id))
        let departments = try await topics(session)
        let chosen = Set(collected.filter { selected.contains($0.reference) }.compactMap(\.departmentID))
        for id in chosen.sorted() { members.append((id, "department", departments[id] ?? id)) }
        return members
    }

    /// Queues an invitation to every panel member not yet invited; returns how many were new, and the panel.
    public func invite(
        _ session: ScheduledSession,
        staff: StaffUser
    ) async throws -> (invited: Int, panel: [(id: String, kind: String, name: String)]) {
        try Self.requireSecretariat(session, staff)
        let zone = try await schedules.timeZone(organisationID: session.organisationID)
        let when = "\(ZoneClock(zone).time(of: session.startsAt)) ngày \(DocumentDate.short(ZoneClock(zone).day(of: session.startsAt)))"
        let members = try await panel(session)
        let invitations = members.map { member in
            (
                member: member.id, kind: member.kind,
                notice: OutgoingNotice(
                    channel: .staff,
                    recipient: member.id,
                    subject: "Mời tham gia chương trình: \(session.title)",
                    body:
                        "Kính mời \(member.name) tham gia trả lời câu hỏi của Nhân dân trong chương trình \"\(session.title)\" lúc \(when) tại \(session.location).",
                    aboutKind: "session",
                    aboutID: session.id
                )
            )
        }
        return (try await broadcasts.invite(sessionID: session.id, invitations, actor: staff.id, now: Date()), members)
    }

    /// Logs a question phoned in during the programme as a question of it (the phone kept with the
    /// submitter's data, never shown on the console), answered on air or left for a written answer.
    public func callIn(
        _ session: ScheduledSession,
        caller: String?,
        phone: String?,
        text: String?,
        answer: String?,
        staff: StaffUser
    ) async throws -> (QuestionRecord, BroadcastMark) {
        try Self.requireSecretariat(session, staff)
        var errors: [FieldIssue] = []
        let content = text?.trimmed ?? ""
        if !(5...5_000).contains(content.count) { errors.append(.init(field: "text", message: "write the question (5 to 5,000 characters)")) }
        let name = caller?.trimmed.nilIfEmpty
        if let name, !(2...100).contains(name.count) { errors.append(.init(field: "caller", message: "2 to 100 characters, or leave it empty")) }
        let phoneText = phone?.trimmed.nilIfEmpty
        let normalized = phoneText.flatMap(PhoneNumber.normalized)
        if phoneText != nil && normalized == nil { errors.append(.init(field: "phone", message: "a Vietnamese phone number such as 0912 345 678")) }
        let spoken = answer?.trimmed ?? ""
        if spoken.count > 10_000 { errors.append(.init(field: "answer", message: "at most 10,000 characters")) }
        guard errors.isEmpty else { throw OfficeError.invalid(errors) }
        guard try await broadcasts.state(sessionID: session.id).closedAt == nil else { throw OfficeError.conflict("the programme is closed") }
        let today = ZoneClock(try await schedules.timeZone(organisationID: session.organisationID)).day(of: Date())
        let question = NewQuestion(
            organisationID: session.organisationID,
            sessionID: session.id,
            category: .question,
            channel: "call_in",
            subject: String(content.prefix(80)),
            text: content,
            name: name ?? "Thính giả gọi đến",
            phone: normalized,
            email: nil,
            address: nil,
            sealedIdentity: nil,
            // The caller is heard by calling; nothing further is consented to.
            consents: [],
            dueDate: deadlines.rule(.question).firstDue(submittedOn: today, calendar: holidays),
            createdBy: staff.id,
            tokenHash: SessionToken.hash(SessionToken.generate())
        )
        let record = try await questions.submit(question, now: Date(), onAir: true)
        let mark = try await broadcasts.mark(
            sessionID: session.id,
            reference: record.reference,
            state: spoken.isEmpty ? .deferred : .answered,
            answer: spoken,
            actor: staff.id,
            now: Date()
        )
        return (record, mark)
    }

    /// Marks a question on air.
    public func mark(_ session: ScheduledSession, reference: String, state: String?, answer: String?, staff: StaffUser) async throws -> BroadcastMark
    {
        try Self.requireSecretariat(session, staff)
        guard let state = state.flatMap(BroadcastMark.State.init(rawValue:)) else {
            throw OfficeError.invalid(field: "state", "must be answered, deferred or skipped")
        }
        let spoken = answer?.trimmed ?? ""
        if spoken.count > 10_000 { throw OfficeError.invalid(field: "answer", "at most 10,000 characters") }
        return try await broadcasts.mark(
            sessionID: session.id,
            reference: reference,
            state: state,
            answer: state == .answered ? spoken : "",
            actor: staff.id,
            now: Date()
        )
    }

    /// Closes the programme: a question answered on air (with the answer noted) becomes an answer
    /// awaiting a leader's approval; every other one is assigned to its department for a written
    /// answer with the legal deadline. `departments` assigns questions that have none; without
    /// one for each, nothing is closed and the problem names them.
    public func close(_ session: ScheduledSession, departments chosen: [String: String], staff: StaffUser) async throws -> Int {
        try Self.requireSecretariat(session, staff)
        let collected = try await collected(session)
        let marks = try await broadcasts.marks(sessionID: session.id)
        let known = try await topics(session)
        let today = ZoneClock(try await schedules.timeZone(organisationID: session.organisationID)).day(of: Date())
        var missing: [String] = []
        var steps: [(reference: String, actions: [(QuestionAction, QuestionChange)])] = []
        for question in collected {
            let rule = deadlines.rule(question.category)
            let due = rule.resolutionDue(acceptedOn: today, calendar: holidays) ?? rule.firstDue(submittedOn: today, calendar: holidays)
            let department = chosen[question.reference] ?? question.departmentID
            if let department, known[department] == nil {
                throw OfficeError.invalid(field: "departments.\(question.reference)", "no department \(department) in this organisation")
            }
            let mark = marks[question.reference]
            let onAir = mark?.state == .answered && !(mark?.answer.isEmpty ?? true)
            let note = onAir ? "Trả lời trực tiếp trên sóng" : "Trả lời bằng văn bản sau chương trình"
            var actions: [(QuestionAction, QuestionChange)] = []
            if question.status == .submitted { actions.append((.accept, QuestionChange(note: note, dueDate: due))) }
            if [.submitted, .accepted].contains(question.status) {
                actions.append((.assign, QuestionChange(note: note, departmentID: department, dueDate: due)))
                if department == nil { missing.append(question.reference) }
            }
            if onAir, [.submitted, .accepted, .assigned, .answered].contains(question.status) {
                actions.append((.answer, QuestionChange(note: note, answer: mark?.answer)))
            }
            steps.append((question.reference, actions))
        }
        guard missing.isEmpty else {
            throw OfficeError.invalid(field: "departments", "choose the department that answers " + missing.joined(separator: ", "))
        }
        return try await broadcasts.close(sessionID: session.id, steps: steps, actor: staff.id, now: Date())
    }
}

extension BroadcastDesk {
    /// What the console recorded of a programme, as its minutes tell it: the questions answered
    /// on air, and the call-ins (named as the caller wished, never by phone).
    /// Nil when the console recorded nothing.
    @Sendable public func aired(_ session: ScheduledSession) async throws -> (onAir: [String: String], callIns: [DialogueCallIn])? {
        let marks = try await broadcasts.marks(sessionID: session.id)
        guard !marks.isEmpty else { return nil }
        let calls = try await all(session).filter { $0.channel == "call_in" }
        var callIns: [DialogueCallIn] = []
        for call in calls.sorted(by: { $0.createdAt < $1.createdAt }) {
            let mark = marks[call.reference]
            let caller = try await questions.callerName(reference: call.reference) ?? "Thính giả"
            callIns.append(
                DialogueCallIn(
                    number: callIns.count + 1,
                    caller: caller,
                    question: call.text,
                    answer: mark?.state == .answered ? mark?.answer ?? "" : "Trả lời bằng văn bản (\(call.reference))"
                )
            )
        }
        let phoned = Set(calls.map(\.reference))
        let onAir = marks.values.filter { $0.state == .answered && !phoned.contains($0.reference) }.map { ($0.reference, $0.answer) }
        return (Dictionary(uniqueKeysWithValues: onAir), callIns)
    }
}
