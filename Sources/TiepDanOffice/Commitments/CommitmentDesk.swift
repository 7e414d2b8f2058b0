public import Foundation
public import TiepDanCore
public import TiepDanStore

/// Leaders' commitments, shared by the API, the public pages and the staff pages: recorded by the
/// secretariat or a leader, reported on by their owners, extended with a public reason, read by everyone.
public struct CommitmentDesk: Sendable {
    public let commitments: CommitmentRepository
    let schedules: ScheduleRepository
    let questions: QuestionRepository
    let holidays: HolidayCalendar
    let now: @Sendable () -> Date

    /// A desk over the commitments, the schedules (owners, zones) and the questions they may come from.
    public init(
        commitments: CommitmentRepository,
        schedules: ScheduleRepository,
        questions: QuestionRepository,
        holidays: HolidayCalendar,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.commitments = commitments
        self.schedules = schedules
        self.questions = questions
        self.holidays = holidays
        self.now = now
    }

    /// A page of commitments (all organisations, or one), with the status as of now; `status` filters by it.
    public func list(
        organisationID: String?,
        status: String?,
        after cursor: String?,
        limit: Int
    ) async throws
        -> (items: [CommitmentView], nextCursor: String?)
    {
        let wanted = try status.map { text -> CommitmentStatus in
            guard let status = CommitmentStatus(rawValue: text) else {
                throw OfficeError.invalid(field: "status", "must be open, in_progress, done, overdue or dropped")
            }
            return status
        }
        let found = try await commitments.list(organisationID: organisationID, after: cursor, limit: limit + 1)
        var items = try await views(Array(found.prefix(limit)))
        if let wanted { items = items.filter { $0.status == wanted.rawValue } }
        return (items, found.count > limit ? found[limit - 1].id : nil)
    }

    /// The accountability figures of one organisation, over every commitment it has made, as of now.
    public func figures(organisationID: String) async throws -> CommitmentFigures {
        let clock = CommitmentClock(zone: try await schedules.timeZone(organisationID: organisationID), calendar: holidays)
        return CommitmentFigures(try await commitments.standings(organisationID: organisationID), clock: clock, now: now())
    }

    /// A page of the commitments `staff` reports on, of the organisations it may read: all for the secretariat and
    /// leaders, their department's for officers. The cursor is the last commitment read, shown or not.
    public func reportable(
        by staff: StaffUser,
        after cursor: String? = nil,
        limit: Int = 100
    ) async throws -> (
        items: [CommitmentView], nextCursor: String?
    ) {
        let found = try await commitments.list(organisationIDs: staff.readableOrganisations, after: cursor, limit: limit + 1)
        let page = Array(found.prefix(limit))
        return (
            try await views(page.filter { Self.mayReport(on: $0, staff: staff) }),
            found.count > limit ? page.last?.id : nil
        )
    }

    /// The open commitments `staff` reports on that fall due by `day` (overdue ones too), within `organisationID` when
    /// one is chosen: what the dashboard counts, over every organisation it may read, however many.
    public func dueBy(_ day: CivilDate, for staff: StaffUser, organisationID: String?) async throws -> [CommitmentRecord] {
        let organisations =
            organisationID.map { chosen in Set([chosen]).intersection(staff.readableOrganisations ?? [chosen]) }
            ?? staff.readableOrganisations
        return try await commitments.open(organisationIDs: organisations, dueBy: day).filter { Self.mayReport(on: $0, staff: staff) }
    }

    /// One commitment with its history.
    public func detail(_ id: String) async throws -> CommitmentView {
        let record = try await find(id)
        var result = try await view(record)
        result.history = try await history(record)
        return result
    }

    /// Records a commitment (the secretariat or a leader), every unacceptable field named at once.
    public func record(_ request: CommitmentRequest, staff: StaffUser) async throws -> CommitmentView {
        if !staff.canRead(request.organisationId) {
            throw OfficeError.invalid(field: "organisation_id", "no organisation \(request.organisationId)")
        }
        try OrganisationScope.require([.secretariat, .leader], in: request.organisationId, staff: staff, what: "organisation")
        let commitment = try await validated(request, actor: staff.id)
        return try await view(try await commitments.create(commitment, now: now()))
    }

    /// Gives a commitment a later deadline with the reason the public reads (the secretariat or a leader).
    public func extend(_ id: String, _ request: DeadlineExtension, staff: StaffUser) async throws -> CommitmentView {
        let record = try await find(id)
        try OrganisationScope.require([.secretariat, .leader], in: record.organisationID, staff: staff, what: "commitment \(id)")
        guard let due = CivilDate(iso: request.dueDate) else { throw OfficeError.invalid(field: "due_date", "must be a date like 2026-03-05") }
        let reason = request.reason.trimmed
        guard (3...500).contains(reason.count) else {
            throw OfficeError.invalid(field: "reason", "say why (3 to 500 characters); it is shown in public")
        }
        return try await view(try await commitments.extend(id, to: due, reason: reason, actor: staff.id, now: now()))
    }

    /// Reports progress: the secretariat and leaders on any commitment, officers on their department's.
    public func report(_ id: String, _ report: ProgressReport, staff: StaffUser) async throws -> CommitmentView {
        let record = try await find(id)
        try OrganisationScope.requireRead(record.organisationID, staff: staff, what: "commitment \(id)")
        guard Self.mayReport(on: record, staff: staff) else {
            throw OfficeError.forbidden("officers report on their own department's commitments")
        }
        let (status, note, evidence) = try Self.validated(report)
        return try await view(
            try await commitments.progress(
                id,
                progress: report.progress,
                status: status,
                note: note,
                evidence: evidence,
                actor: staff.id,
                now: now()
            )
        )
    }

    /// The public view, status derived now; text masked like every public text.
    public func view(_ record: CommitmentRecord) async throws -> CommitmentView {
        try await views([record])[0]
    }

    /// The public views of `records`, in their order: each organisation's zone and owners read once, not per record.
    public func views(_ records: [CommitmentRecord]) async throws -> [CommitmentView] {
        var owners: [String: (zone: TimeZone, names: [String: String])] = [:]
        for organisation in Set(records.map(\.organisationID)) {
            var names: [String: String] = [:]
            for leader in try await schedules.leaders(organisationID: organisation, limit: 10_000) {
                names[leader.id] = "\(leader.title) \(leader.name)"
            }
            for department in try await schedules.departments(organisationID: organisation) { names[department.id] = department.name }
            owners[organisation] = (try await schedules.timeZone(organisationID: organisation), names)
        }
        return records.map { record in
            let (zone, names) = owners[record.organisationID] ?? (RFC3339.vietnam, [:])
            return view(record, zone: zone, ownerName: names[record.ownerID] ?? record.ownerID)
        }
    }

    private func view(_ record: CommitmentRecord, zone: TimeZone, ownerName: String) -> CommitmentView {
        let clock = CommitmentClock(zone: zone, calendar: holidays)
        let source =
            record.sessionID.map { CommitmentView.Source(kind: "session", id: $0) }
            ?? record.questionReference.map { CommitmentView.Source(kind: "question", id: $0) }
        let masker = PersonalDataMasker()
        return CommitmentView(
            id: record.id,
            organisationId: record.organisationID,
            text: masker.masked(record.text),
            owner: record.ownerID,
            ownerName: ownerName,
            madeAt: RFC3339.string(record.madeAt, in: zone),
            dueDate: record.dueDate.description,
            originalDue: record.originalDue.description,
            status: clock.status(stored: record.status, due: record.dueDate, now: now()).rawValue,
            source: source,
            progress: record.progress,
            extended: record.dueDate != record.originalDue,
            doneAt: record.doneAt.map { RFC3339.string($0, in: zone) },
            onTime: record.doneAt.map { clock.onTime(due: record.dueDate, doneAt: $0) },
            dropReason: record.dropReason.map(masker.masked),
            history: nil
        )
    }

    /// Every step of its history, notes masked.
    public func history(_ record: CommitmentRecord) async throws -> [CommitmentView.HistoryStep] {
        let masker = PersonalDataMasker()
        return try await commitments.updates(record.id).map {
            CommitmentView.HistoryStep(
                at: RFC3339.string($0.at),
                kind: $0.kind,
                status: $0.status.rawValue,
                progress: $0.progress,
                note: $0.note.map(masker.masked),
                evidence: $0.evidence,
                dueBefore: $0.dueBefore?.description,
                dueAfter: $0.dueAfter?.description
            )
        }
    }

    /// The commitment, or 404.
    public func find(_ id: String) async throws -> CommitmentRecord {
        guard let record = try await commitments.find(id) else { throw OfficeError.notFound("no commitment \(id)") }
        return record
    }

    /// Who reports on a commitment: its organisation's secretariat and leaders, and officers on their department's.
    static func mayReport(on record: CommitmentRecord, staff: StaffUser) -> Bool {
        let organisation = record.organisationID
        return staff.hasAnyRole([.secretariat, .leader], in: organisation)
            || (staff.hasAnyRole([.officer], in: organisation) && record.ownerID == staff.department(in: organisation))
    }

    private func validated(_ body: CommitmentRequest, actor: String) async throws -> NewCommitment {
        var errors: [FieldIssue] = []
        let organisation = try await schedules.organisation(id: body.organisationId)
        if organisation == nil { errors.append(.init(field: "organisation_id", message: "no organisation \(body.organisationId)")) }
        let text = body.text.trimmed
        if !(5...2000).contains(text.count) { errors.append(.init(field: "text", message: "write what was promised (5 to 2,000 characters)")) }
        let leaders = try await schedules.leaders(organisationID: body.organisationId).map(\.id)
        let departments = try await schedules.departments(organisationID: body.organisationId).map(\.id)
        let ownerKind = leaders.contains(body.owner) ? "leader" : departments.contains(body.owner) ? "department" : nil
        if ownerKind == nil { errors.append(.init(field: "owner", message: "not a leader or department of \(body.organisationId)")) }
        let due = CivilDate(iso: body.dueDate)
        if due == nil { errors.append(.init(field: "due_date", message: "must be a date like 2026-06-30")) }
        if let session = body.sessionId {
            let found = try await schedules.session(id: session)
            if found?.organisationID != body.organisationId { errors.append(.init(field: "session_id", message: "no session \(session) here")) }
        }
        if let reference = body.questionRef {
            let found = try await questions.find(reference: reference)
            if found?.organisationID != body.organisationId { errors.append(.init(field: "question_ref", message: "no question \(reference) here")) }
        }
        if let due, let organisation, due < organisation.clock.day(of: now()) {
            errors.append(.init(field: "due_date", message: "must not be in the past"))
        }
        guard errors.isEmpty, let ownerKind, let due else { throw OfficeError.invalid(errors) }
        return NewCommitment(
            organisationID: body.organisationId,
            text: text,
            ownerID: body.owner,
            ownerKind: ownerKind,
            sessionID: body.sessionId,
            questionReference: body.questionRef,
            dueDate: due,
            createdBy: actor
        )
    }

    /// The progress report's status, note and evidence, or every field that is not acceptable.
    private static func validated(_ body: ProgressReport) throws -> (status: CommitmentStatus?, note: String, evidence: String?) {
        var errors: [FieldIssue] = []
        if let issue = BoundedNumber.progress.issue(body.progress) { errors.append(issue) }
        let status = body.status?.nilIfEmpty.flatMap(CommitmentStatus.init(rawValue:))
        if body.status?.nilIfEmpty != nil && (status == nil || status == .overdue || status == .open) {
            errors.append(.init(field: "status", message: "must be in_progress, done or dropped"))
        }
        let note = body.note.trimmed
        if !(3...2000).contains(note.count) {
            errors.append(
                .init(field: "note", message: status == .dropped ? "give the reason it is dropped" : "say what was done (3 to 2,000 characters)")
            )
        }
        let evidence = body.evidence?.trimmed.nilIfEmpty
        if let evidence, !(evidence.hasPrefix("https://") || evidence.hasPrefix("http://")) || evidence.count > 500 {
            errors.append(.init(field: "evidence", message: "must be a web link (http or https)"))
        }
        guard errors.isEmpty else { throw OfficeError.invalid(errors) }
        return (status, note, evidence)
    }
}
