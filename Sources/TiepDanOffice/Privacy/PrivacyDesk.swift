public import Foundation
public import TiepDanCore
public import TiepDanStore

/// Citizens' requests about their personal data, shared by the API and the pages: filed by the citizen with a token or
/// by staff after an identity check, acknowledged and carried out within their legal clocks (extended once), the person's
/// data exported, and deletions carried out as far as the law allows (`ErasureRule`).
public struct PrivacyDesk: Sendable {
    public let requests: PrivacyRequestRepository
    let personal: PersonalDataRepository
    let bookings: BookingRepository
    let questions: QuestionRepository
    let consents: ConsentRepository
    let schedules: ScheduleRepository
    let holidays: HolidayCalendar
    let seal: IdentitySeal
    let now: @Sendable () -> Date

    /// A desk over the requests and the data they are about; `now` is the clock, moved by tests.
    public init(
        store: any Store,
        schedules: ScheduleRepository,
        holidays: HolidayCalendar,
        seal: IdentitySeal,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.requests = PrivacyRequestRepository(store: store)
        self.personal = PersonalDataRepository(store: store)
        self.bookings = BookingRepository(store: store)
        self.questions = QuestionRepository(store: store)
        self.consents = ConsentRepository(store: store)
        self.schedules = schedules
        self.holidays = holidays
        self.seal = seal
        self.now = now
    }

    /// Files a request: a citizen proves the booking or question with its token; staff (the organisation's secretariat)
    /// confirm they checked the identity paper at the desk. Every unacceptable field is named at once.
    public func file(_ filing: PrivacyRequestFiling, staff: StaffUser?) async throws -> PrivacyRequestRecord {
        var errors: [FieldIssue] = []
        let kind = PrivacyRequestKind(rawValue: filing.kind)
        if kind == nil {
            errors.append(.init(field: "kind", message: "must be access, correct, delete, restrict, object or withdraw_consent"))
        }
        let detail = filing.detail?.trimmed.nilIfEmpty
        if let detail, detail.count > 5000 { errors.append(.init(field: "detail", message: "at most 5,000 characters")) }
        if kind == .correct && detail == nil { errors.append(.init(field: "detail", message: "say what is wrong and what is right")) }
        if staff != nil && filing.identityChecked != true {
            errors.append(.init(field: "identity_checked", message: "check the citizen's identity paper against the sender's first"))
        }
        guard errors.isEmpty, let kind else { throw OfficeError.invalid(errors) }
        let reference = filing.reference.trimmingCharacters(in: .whitespaces)
        let subject = try await self.subject(reference, token: filing.token, staff: staff)
        guard let (organisationID, _) = try await personal.person(of: subject) else {
            throw OfficeError.notFound("no booking or question \(reference)")
        }
        if let staff { try OrganisationScope.require([.secretariat], in: organisationID, staff: staff, what: reference) }
        let zone = try await schedules.timeZone(organisationID: organisationID)
        let today = ZoneClock(zone).day(of: now())
        return try await requests.file(
            NewPrivacyRequest(
                organisationID: organisationID,
                kind: kind,
                subject: subject,
                detail: detail,
                channel: staff == nil ? "web" : "desk",
                filedBy: staff?.id ?? "citizen",
                acknowledgeBy: PrivacyRequestKind.acknowledgeBy(filedOn: today, calendar: holidays),
                dueDate: kind.due(filedOn: today, calendar: holidays)
            ),
            now: now()
        )
    }

    /// The booking or question `reference` names, proved by its token (a citizen) or readable by `staff`; not found
    /// either way otherwise, so a guess learns nothing.
    func subject(_ reference: String, token: String?, staff: StaffUser?) async throws -> ConsentSubject {
        let hash = staff == nil ? SessionToken.hash(token ?? "") : nil
        if staff == nil && (token ?? "").isEmpty { throw OfficeError.notFound("no booking or question \(reference) with that token") }
        if let booking = try await bookings.find(reference: reference, tokenHash: hash) {
            return .booking(booking.reference)
        }
        if let question = try await questions.find(reference: reference, tokenHash: hash) {
            return .question(question.reference)
        }
        throw OfficeError.notFound("no booking or question \(reference)\(staff == nil ? " with that token" : "")")
    }

    /// A page of the requests of the organisations where `staff` is the secretariat or a leader, soonest due first;
    /// open ones unless `all`. `cursor` is the previous page's `nextCursor` (`DUE:ID`).
    public func queue(
        staff: StaffUser,
        all: Bool = false,
        cursor: String? = nil,
        limit: Int = 100
    ) async throws -> (items: [PrivacyRequestRecord], nextCursor: String?) {
        let after = try cursor.map { text -> (dueDate: String, id: String) in
            try KeysetCursor.parse(text) { CivilDate(iso: $0)?.description }
        }
        let organisations = try await schedules.organisations(of: staff, holding: [.secretariat, .leader]).map(\.id)
        let found = try await requests.list(organisations: organisations, all: all, after: after, limit: limit + 1)
        let page = Array(found.prefix(limit))
        return (page, found.count > limit ? page.last.map { KeysetCursor.text(key: $0.dueDate.description, id: $0.id) } : nil)
    }

    /// The request `id`, for its organisation's secretariat or leaders.
    public func request(_ id: String, staff: StaffUser) async throws -> PrivacyRequestRecord {
        guard let record = try await requests.find(id) else { throw OfficeError.notFound("no request \(id)") }
        try OrganisationScope.require([.secretariat, .leader], in: record.organisationID, staff: staff, what: "request \(id)")
        return record
    }

    /// The office says it has the request.
    public func acknowledge(_ id: String, staff: StaffUser) async throws -> PrivacyRequestRecord {
        let record = try await request(id, staff: staff)
        return try await translated { try await requests.acknowledge(record.id, actor: staff.id, now: now()) }
    }

    /// The request's one extension, as long again, with the reason the citizen is told.
    public func extend(_ id: String, reason: String, staff: StaffUser) async throws -> PrivacyRequestRecord {
        let record = try await request(id, staff: staff)
        let reason = try QuestionDesk.text(reason, field: "reason", "say why more time is needed", limit: 2000)
        let due = record.kind.extended(from: record.dueDate, calendar: holidays)
        return try await translated { try await requests.extend(record.id, to: due, reason: reason, actor: staff.id, now: now()) }
    }

    /// Everything held about the person the request is about: their bookings and questions at the office.
    public func export(_ id: String, staff: StaffUser) async throws -> PersonalDataExport {
        let record = try await request(id, staff: staff)
        let holdings = try await holdings(of: record)
        var bookings: [PersonalDataExport.Booking] = []
        for booking in holdings.bookings {
            let identity = try booking.sealedIdentity.map { try seal.open($0) }
            bookings.append(
                PersonalDataExport.Booking(
                    reference: booking.reference,
                    sessionId: booking.sessionID,
                    status: booking.status.rawValue,
                    subject: booking.subject,
                    summary: booking.summary,
                    createdAt: RFC3339.string(booking.createdAt),
                    groupSize: booking.groupSize,
                    representatives: identity?.representatives?.count ?? booking.representatives.count,
                    checkedInAt: booking.checkedInAt.map { RFC3339.string($0) },
                    outcome: booking.outcome?.rawValue,
                    category: booking.category?.rawValue,
                    person: identity.map(Self.details)
                        ?? .init(
                            name: booking.name,
                            phone: booking.phone.nilIfEmpty,
                            email: booking.email,
                            address: booking.address,
                            idType: nil,
                            idNumber: booking.idNumber
                        )
                )
            )
        }
        var questions: [PersonalDataExport.Question] = []
        for held in holdings.questions {
            let question = held.record
            let citizen = held.citizen
            let identity = try citizen.sealed.map { try seal.open($0) }
            let events = try await self.questions.events(reference: question.reference)
            questions.append(
                PersonalDataExport.Question(
                    reference: question.reference,
                    category: question.category.rawValue,
                    subject: question.subject,
                    text: question.text,
                    status: question.status.rawValue,
                    createdAt: RFC3339.string(question.createdAt),
                    // Their own answer; never that of a question theirs was merged into, which is someone else's case.
                    answer: question.status == .published ? question.answer : nil,
                    person: identity.map(Self.details)
                        ?? .init(
                            name: citizen.name,
                            phone: citizen.phone,
                            email: citizen.email,
                            address: citizen.address,
                            idType: citizen.idType,
                            idNumber: citizen.idNumber
                        ),
                    history: events.map {
                        .init(at: RFC3339.string($0.at), action: $0.action, status: $0.status.rawValue, note: $0.actor == "citizen" ? $0.note : nil)
                    },
                    consents: try await consents.consents(.question(question.reference)).map {
                        .init(
                            purpose: $0.purpose.rawValue,
                            textVersion: $0.textVersion,
                            channel: $0.channel,
                            givenAt: RFC3339.string($0.givenAt),
                            withdrawnAt: $0.withdrawnAt.map { RFC3339.string($0) }
                        )
                    }
                )
            )
        }
        return PersonalDataExport(
            request: record.id,
            organisationId: record.organisationID,
            generatedAt: RFC3339.string(now()),
            bookings: bookings,
            questions: questions
        )
    }

    /// Closes the request. Done: a deletion erases what the law lets go (`ErasureRule`) and records what it kept and
    /// why; a withdrawal of consent withdraws every consent in force on the subject. Refused: the reason is required.
    public func complete(_ id: String, outcome: String, reason: String?, staff: StaffUser) async throws -> PrivacyRequestRecord {
        let record = try await request(id, staff: staff)
        try OrganisationScope.require([.secretariat], in: record.organisationID, staff: staff, what: "request \(id)")
        let reason = reason?.trimmed.nilIfEmpty
        if let reason, reason.count > 5000 { throw OfficeError.invalid(field: "reason", "at most 5,000 characters") }
        switch outcome {
        case "refused":
            guard let reason else { throw OfficeError.invalid(field: "reason", "give the legal reason for refusing") }
            return try await translated { try await requests.complete(record.id, status: .refused, reason: reason, actor: staff.id, now: now()) }
        case "done":
            break
        default:
            throw OfficeError.invalid(field: "outcome", "must be done or refused")
        }
        switch record.kind {
        case .delete:
            let holdings = try await holdings(of: record)
            var erasable: (bookings: [String], questions: [String]) = ([], [])
            var kept: [String] = []
            var names: Set<String> = []
            for booking in holdings.bookings {
                switch ErasureRule.booking(checkedIn: booking.checkedInAt != nil) {
                case .erase:
                    erasable.bookings.append(booking.reference)
                    if booking.sealedIdentity == nil { names.insert(booking.name) }
                    names.formUnion(booking.representatives)
                case .keep(let why): kept.append("\(booking.reference): \(why)")
                }
            }
            for held in holdings.questions {
                switch ErasureRule.question(held.record.category, status: held.record.status) {
                case .erase:
                    erasable.questions.append(held.record.reference)
                    if let name = held.citizen.name { names.insert(name) }
                case .keep(let why): kept.append("\(held.record.reference): \(why)")
                }
            }
            guard !erasable.bookings.isEmpty || !erasable.questions.isEmpty else {
                throw OfficeError.conflict(
                    "the law keeps everything held of this person; complete the request as refused with the reason: " + kept.joined(separator: "; ")
                )
            }
            let summary =
                (["Đã ẩn danh: " + (erasable.bookings + erasable.questions).joined(separator: ", ")]
                + (kept.isEmpty ? [] : ["Giữ lại theo luật: " + kept.joined(separator: "; ")]) + [reason].compactMap { $0 })
                .joined(separator: "\n")
            let work = personal.erasure(
                bookings: erasable.bookings,
                questions: erasable.questions,
                names: names.sorted(),
                actor: staff.id,
                now: now()
            )
            return try await translated {
                try await requests.complete(record.id, status: .done, reason: summary, actor: staff.id, now: now(), work: work)
            }
        case .withdrawConsent:
            let withdrawn = try await consents.consents(record.subject).filter(\.inForce)
            for consent in withdrawn {
                _ = try? await consents.withdraw(consent.purpose, from: record.subject, channel: record.channel, by: staff.id, now: now())
            }
            let summary = (["Đã rút: " + withdrawn.map(\.purpose.rawValue).joined(separator: ", ")] + [reason].compactMap { $0 })
                .joined(separator: "\n")
            return try await translated { try await requests.complete(record.id, status: .done, reason: summary, actor: staff.id, now: now()) }
        case .access, .correct, .restrict, .object:
            return try await translated { try await requests.complete(record.id, status: .done, reason: reason, actor: staff.id, now: now()) }
        }
    }

    /// What the office holds of the person the request is about.
    func holdings(of record: PrivacyRequestRecord) async throws -> PersonalHoldings {
        guard let (organisationID, key) = try await personal.person(of: record.subject) else {
            return PersonalHoldings(bookings: [], questions: [])
        }
        return try await personal.holdings(of: key, in: organisationID, subject: record.subject)
    }

    static func details(_ identity: IdentitySeal.Identity) -> PersonalDataExport.Details {
        .init(
            name: identity.name,
            phone: identity.phone,
            email: identity.email,
            address: identity.address,
            idType: identity.idType,
            idNumber: identity.idNumber
        )
    }

    /// The store's refusals as the office says them.
    func translated<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch PrivacyRequestError.notFound {
            throw OfficeError.notFound("no such request")
        } catch PrivacyRequestError.notAllowed(let why) {
            throw OfficeError.conflict(why)
        }
    }
}

extension PrivacyDesk {
    /// How a request stands against `day` today (`DueState`), or `closed` once completed.
    public func dueState(_ record: PrivacyRequestRecord, _ day: CivilDate) -> String {
        guard record.status == .open else { return "closed" }
        return DueState.of(due: day, today: ZoneClock(RFC3339.vietnam).day(of: now()), calendar: holidays).rawValue
    }
}
