public import Foundation
public import TiepDanCore
public import TiepDanStore

/// Bulletins of answered questions, shared by the API, the bulletin page and the programme page:
/// which answers may go in, the bulletin drafted from them (masked, redactions applied), published
/// once and never changed; a correction is a new bulletin that names the old.
public struct BulletinDesk: Sendable {
    public let bulletins: BulletinRepository
    public let schedules: ScheduleRepository
    let questions: QuestionRepository
    let now: @Sendable () -> Date

    /// A desk over the bulletins and the answered questions they carry.
    public init(
        bulletins: BulletinRepository,
        schedules: ScheduleRepository,
        questions: QuestionRepository,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.bulletins = bulletins
        self.schedules = schedules
        self.questions = questions
        self.now = now
    }

    /// The bulletin, or 404.
    public func find(_ id: String) async throws -> BulletinRecord {
        guard let record = try await bulletins.find(id) else { throw OfficeError.notFound("no bulletin \(id)") }
        return record
    }

    /// The organisation's answers that may go into a bulletin (approved or published, public), with their status.
    public func publishable(organisationID: String) async throws -> [QuestionRecord] {
        var found: [QuestionRecord] = []
        for status in [QuestionStatus.approved, .published] {
            var filter = QuestionFilter()
            filter.organisationID = organisationID
            filter.status = status
            filter.limit = 2_000
            found += try await questions.list(filter).filter(\.mayBePublic)
        }
        return found
    }

    /// The organisations whose bulletins `staff` may publish: where it is of the secretariat.
    public func organisations(publishableBy staff: StaffUser) async throws -> [Organisation] {
        try await schedules.organisations(of: staff, holding: [.secretariat])
    }

    /// Checks a bulletin without publishing it, so a confirmation step promises only what will be published: the
    /// number of answers it will hold.
    public func check(_ body: BulletinRequest, staff: StaffUser) async throws -> Int {
        try await checked(body, staff: staff).references.count
    }

    /// Publishes the bulletin the request describes (the secretariat), every unacceptable field named at once.
    public func publish(_ body: BulletinRequest, staff: StaffUser) async throws -> BulletinRecord {
        let (organisation, title, references) = try await checked(body, staff: staff)
        let redactions = try await questions.redactions(references: references)
        let departments = Dictionary(uniqueKeysWithValues: try await schedules.departments(organisationID: organisation.id).map { ($0.id, $0.name) })
        let issuer = DocumentIssuer(organisationName: organisation.name)
        let now = now()
        let today = organisation.clock.day(of: now)
        let replaced: BulletinRecord? = if let id = body.replaces { try await bulletins.find(id) } else { nil }
        let request = NewBulletin(
            organisationID: organisation.id,
            title: title,
            sessionID: body.sessionId,
            replaces: body.replaces,
            references: references,
            actor: staff.id
        )
        return try await bulletins.publish(request, now: now) { id, records in
            let items = records.enumerated().map { index, record -> MinutesQuestion in
                let masker = PersonalDataMasker(redactions: redactions[record.reference] ?? [])
                func shown(_ text: String) -> String { record.showUnmasked ? text : masker.masked(text) }
                return MinutesQuestion(
                    number: index + 1,
                    reference: record.reference,
                    topic: record.departmentID.flatMap { departments[$0] } ?? shown(record.subject),
                    question: shown(record.text),
                    answer: shown(record.answer ?? "")
                )
            }
            return BulletinDocument(
                heading: DocumentHeading(
                    issuer: issuer.lines,
                    number: "",
                    placeAndDate: DocumentDate.placeAndDate(issuer.place, today),
                    kind: "Bản tin giải đáp",
                    subject: title
                ),
                id: id,
                title: title,
                publishedOn: DocumentDate.long(today),
                items: items,
                replaces: replaced.map { BulletinLink(id: $0.id, title: $0.title) },
                correctedBy: nil
            )
        }
    }

    /// The organisation, title and answers of the bulletin the request describes, or every unacceptable field.
    private func checked(
        _ body: BulletinRequest,
        staff: StaffUser
    ) async throws -> (organisation: Organisation, title: String, references: [String]) {
        if let organisation = body.organisationId?.nilIfEmpty {
            if !staff.canRead(organisation) { throw OfficeError.invalid(field: "organisation_id", "no organisation \(organisation)") }
            try OrganisationScope.require([.secretariat], in: organisation, staff: staff, what: "organisation")
        }
        var errors: [FieldIssue] = []
        let title = body.title?.trimmed ?? ""
        if !(3...200).contains(title.count) { errors.append(.init(field: "title", message: "write 3 to 200 characters")) }
        var organisation: Organisation?
        if let id = body.organisationId { organisation = try await schedules.organisation(id: id) }
        if organisation == nil { errors.append(.init(field: "organisation_id", message: "no such organisation")) }
        var references = body.questionRefs ?? []
        if references.isEmpty, let session = body.sessionId {
            var filter = QuestionFilter()
            filter.sessionID = session
            filter.limit = 10_000
            references = try await questions.list(filter)
                .filter { ($0.status == .approved || $0.status == .published) && $0.mayBePublic }
                .map(\.reference)
            if references.isEmpty { errors.append(.init(field: "session_id", message: "the session has no approved answer that may be published")) }
        } else if references.isEmpty {
            errors.append(.init(field: "question_refs", message: "name the answers, or a session_id"))
        }
        if references.count > 20_000 { errors.append(.init(field: "question_refs", message: "at most 20,000 answers")) }
        if Set(references).count != references.count { errors.append(.init(field: "question_refs", message: "names a question twice")) }
        guard errors.isEmpty, let organisation else { throw OfficeError.invalid(errors) }
        return (organisation, title, references)
    }
}
