public import Foundation
public import TiepDanCore
public import TiepDanPublish
public import TiepDanStore

/// Minutes and conclusion notices of a session, shared by the API, the minutes page and the programme
/// page: drafted from what tiepdan holds, edited and regenerated while a draft, finalised (numbered and
/// locked), then a new version for any later edit.
public struct MinutesDesk: Sendable {
    public let minutes: MinutesRepository
    public let schedules: ScheduleRepository
    let bookings: BookingRepository
    let questions: QuestionRepository
    let commitments: CommitmentRepository
    let templates: TemplateSet
    /// What the live console recorded of a programme, for its minutes.
    let broadcast: @Sendable (ScheduledSession) async throws -> (onAir: [String: String], callIns: [DialogueCallIn])?
    let now: @Sendable () -> Date

    /// A desk over the minutes and everything they are drafted from; `templates` holds `documents/`.
    public init(
        minutes: MinutesRepository,
        schedules: ScheduleRepository,
        bookings: BookingRepository,
        questions: QuestionRepository,
        commitments: CommitmentRepository,
        templates: TemplateSet,
        broadcast: @escaping @Sendable (ScheduledSession) async throws -> (onAir: [String: String], callIns: [DialogueCallIn])?,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.minutes = minutes
        self.schedules = schedules
        self.bookings = bookings
        self.questions = questions
        self.commitments = commitments
        self.templates = templates
        self.broadcast = broadcast
        self.now = now
    }

    /// The session, if `staff` may read its organisation; else 404.
    public func session(_ id: String, staff: StaffUser) async throws -> ScheduledSession {
        let session = try await session(id)
        try OrganisationScope.requireRead(session.organisationID, staff: staff, what: "session \(id)")
        return session
    }

    /// The latest version of the minutes, if `staff` may read its organisation; else 404.
    public func find(_ id: String, staff: StaffUser) async throws -> MinutesRecord {
        guard let record = try await minutes.find(id) else { throw OfficeError.notFound("no minutes \(id)") }
        try OrganisationScope.requireRead(record.organisationID, staff: staff, what: "minutes \(id)")
        return record
    }

    private func session(_ id: String) async throws -> ScheduledSession {
        guard let session = try await schedules.session(id: id) else { throw OfficeError.notFound("no session \(id)") }
        return session
    }

    /// The document kind a request names: `minutes` (reception or dialogue, by the session) or `conclusion_notice`.
    public static func kind(_ name: String?, for session: ScheduledSession) throws -> MinutesKind {
        switch name ?? "minutes" {
        case "minutes": session.kind == .reception ? .receptionMinutes : .dialogueMinutes
        case "conclusion_notice": .conclusionNotice
        default: throw OfficeError.invalid(field: "kind", "must be minutes or conclusion_notice")
        }
    }

    /// Drafts (or regenerates the draft of) the session's document; what the secretariat wrote is kept
    /// unless `conclusion` or `notes` replace it. Returns the record and whether it is a new version.
    public func draft(
        _ session: ScheduledSession,
        kind: MinutesKind,
        conclusion: String? = nil,
        notes: String? = nil,
        staff: StaffUser
    )
        async throws -> (record: MinutesRecord, isNewVersion: Bool)
    {
        try requireSecretariat(staff, in: session.organisationID)
        let before = try await minutes.latest(sessionID: session.id, kind: kind)
        let saved = try await save(
            session,
            kind: kind,
            conclusion: conclusion ?? before?.conclusion ?? "",
            notes: notes ?? before?.notes ?? "",
            expectedVersion: nil,
            staff: staff
        )
        return (saved, before.map(\.isFinal) ?? true)
    }

    /// Edits the conclusion or notes of the latest version: in place for a draft, as a new version after a final one;
    /// `version` is the version edited, refused when no longer the latest.
    public func edit(_ current: MinutesRecord, conclusion: String?, notes: String?, version: Int?, staff: StaffUser) async throws -> MinutesRecord {
        try requireSecretariat(staff, in: current.organisationID)
        return try await save(
            try await session(current.sessionID),
            kind: current.kind,
            conclusion: conclusion ?? current.conclusion,
            notes: notes ?? current.notes,
            expectedVersion: version ?? current.version,
            staff: staff
        )
    }

    /// Numbers and locks `version` (default the latest), its text drafted afresh with the number.
    public func finalise(_ current: MinutesRecord, version: Int?, staff: StaffUser) async throws -> MinutesRecord {
        try requireSecretariat(staff, in: current.organisationID)
        let session = try await session(current.sessionID)
        let drafter = try await drafter(session, recorder: staff)
        let today = ZoneClock(drafter.facts.zone).day(of: now())
        let aired = try await aired(session)
        return try await minutes.finalise(current.id, version: version ?? current.version, actor: staff.id, now: now()) { number in
            try html(
                current.kind,
                drafter,
                version: current.version,
                draft: false,
                number: number,
                conclusion: current.conclusion,
                notes: current.notes,
                today: today,
                aired: aired
            )
        }
    }

    private func requireSecretariat(_ staff: StaffUser, in organisationID: String) throws {
        try OrganisationScope.require([.secretariat], in: organisationID, staff: staff, what: "minutes")
    }

    private func drafter(_ session: ScheduledSession, recorder staff: StaffUser) async throws -> DocumentDrafter {
        DocumentDrafter(
            facts: try await SessionRecordFacts.read(
                session,
                schedules: schedules,
                bookings: bookings,
                questions: questions,
                commitments: commitments
            ),
            recorder: DocumentPerson(staff: staff, title: "Người ghi biên bản")
        )
    }

    private func aired(_ session: ScheduledSession) async throws -> (onAir: [String: String], callIns: [DialogueCallIn])? {
        session.kind == .reception ? nil : try await broadcast(session)
    }

    private func save(
        _ session: ScheduledSession,
        kind: MinutesKind,
        conclusion: String,
        notes: String,
        expectedVersion: Int?,
        staff: StaffUser
    ) async throws -> MinutesRecord {
        var errors: [FieldIssue] = []
        if conclusion.count > 20_000 { errors.append(.init(field: "conclusion", message: "at most 20,000 characters")) }
        if notes.count > 20_000 { errors.append(.init(field: "notes", message: "at most 20,000 characters")) }
        guard errors.isEmpty else { throw OfficeError.invalid(errors) }
        let drafter = try await drafter(session, recorder: staff)
        let today = ZoneClock(drafter.facts.zone).day(of: now())
        let aired = try await aired(session)
        let conclusion = conclusion.trimmed
        let notes = notes.trimmed
        return try await minutes.saveDraft(
            sessionID: session.id,
            organisationID: session.organisationID,
            kind: kind,
            conclusion: conclusion,
            notes: notes,
            expectedVersion: expectedVersion,
            actor: staff.id,
            now: now()
        ) { version, number in
            try html(kind, drafter, version: version, draft: true, number: number, conclusion: conclusion, notes: notes, today: today, aired: aired)
        }
    }

    private func html(
        _ kind: MinutesKind,
        _ drafter: DocumentDrafter,
        version: Int,
        draft: Bool,
        number: Int?,
        conclusion: String,
        notes: String,
        today: CivilDate,
        aired: (onAir: [String: String], callIns: [DialogueCallIn])?
    ) throws -> String {
        switch kind {
        case .receptionMinutes:
            try templates.render(
                "documents/reception-minutes",
                with: drafter.receptionMinutes(
                    version: version,
                    draft: draft,
                    number: number,
                    conclusion: conclusion,
                    notes: notes
                )
            )
        case .dialogueMinutes:
            try templates.render(
                "documents/dialogue-minutes",
                with: drafter.dialogueMinutes(
                    version: version,
                    draft: draft,
                    number: number,
                    conclusion: conclusion,
                    notes: notes,
                    aired: aired
                )
            )
        case .conclusionNotice:
            try templates.render(
                "documents/conclusion-notice",
                with: drafter.conclusionNotice(
                    version: version,
                    draft: draft,
                    number: number,
                    conclusion: conclusion,
                    today: today
                )
            )
        }
    }
}
