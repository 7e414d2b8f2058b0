public import Foundation
public import TiepDanCore
public import TiepDanStore

/// The session day, shared by the API and the day list: a citizen checked in, the outcome of each visit.
public struct VisitDesk: Sendable {
    public let bookings: BookingRepository
    public let schedules: ScheduleRepository
    /// Seals a denouncer received in person.
    let seal: IdentitySeal
    let now: @Sendable () -> Date

    /// A desk over the bookings of the day and the sessions they are for.
    public init(
        bookings: BookingRepository,
        schedules: ScheduleRepository,
        seal: IdentitySeal,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.bookings = bookings
        self.schedules = schedules
        self.seal = seal
        self.now = now
    }

    /// The booking, if `staff` may read its organisation's bookings (and holds one of `roles` there, when given);
    /// else not found, or forbidden.
    public func booking(_ reference: String, requiring roles: Set<StaffRole> = [], staff: StaffUser) async throws -> BookingRecord {
        try await scoped(reference, roles, staff: staff)
    }

    /// The session whose day is run, if `staff` may read its organisation; else not found.
    public func session(_ id: String, staff: StaffUser) async throws -> ScheduledSession {
        guard let session = try await schedules.session(id: id) else { throw OfficeError.notFound("no session \(id)") }
        try OrganisationScope.requireRead(session.organisationID, staff: staff, what: "session \(id)")
        return session
    }

    /// The notices about each of the session's `bookings`, oldest first, with their delivery state.
    public func notices(of bookings: [BookingRecord]) async throws -> [String: [QueuedNotice]] {
        try await self.bookings.outbox.notices(aboutKind: "booking", aboutIDs: bookings.map(\.reference))
    }

    /// The citizen has come (the secretariat of the session's organisation, from the morning of the session's day).
    public func checkIn(_ reference: String, staff: StaffUser) async throws -> BookingRecord {
        let booking = try await scoped(reference, [.secretariat], staff: staff)
        guard let session = try await schedules.session(id: booking.sessionID) else { throw OfficeError.notFound("no booking \(reference)") }
        return try await bookings.checkIn(reference: reference, actor: staff.id, now: now(), opensAt: try await checkInOpens(session))
    }

    /// A citizen who came without booking, registered with the same details as a booking and checked in at once
    /// (the secretariat of the session's organisation, from the morning of the session's day).
    public func registerWalkIn(session id: String, _ request: BookingRequest, staff: StaffUser) async throws -> BookingRecord {
        let session = try await self.session(id, staff: staff)
        try OrganisationScope.require([.secretariat], in: session.organisationID, staff: staff, what: "session \(id)")
        let walkIn = try BookingDesk.checked(request, staff: staff, tokenHash: SessionToken.hash(SessionToken.generate()), walkIn: true)
        return try await bookings.registerWalkIn(walkIn, now: now(), opensAt: try await checkInOpens(session))
    }

    /// When check-in opens for `session`: the morning of its day in its organisation's zone.
    public func checkInOpens(_ session: ScheduledSession) async throws -> Date {
        CheckInWindow.opens(sessionStart: session.startsAt, zone: try await schedules.timeZone(organisationID: session.organisationID))
    }

    /// Whether check-in is open now for `session`.
    public func checkInIsOpen(_ session: ScheduledSession) async throws -> Bool {
        try await checkInOpens(session) <= now()
    }

    /// Records what happened at the visit (its organisation's secretariat or a leader), every unacceptable field named at once.
    public func record(_ reference: String, _ report: VisitReport, staff: StaffUser) async throws -> BookingRecord {
        let booking = try await scoped(reference, [.secretariat, .leader], staff: staff)
        var visit = try Self.checked(report)
        try Self.identify(&visit, report, booking: booking)
        if visit.category == .denunciation, booking.sealedIdentity == nil {
            visit.sealedIdentity = try seal.seal(
                IdentitySeal.Identity(
                    name: booking.name,
                    phone: booking.phone.nilIfEmpty,
                    email: booking.email,
                    address: visit.address ?? booking.address,
                    idType: (visit.idNumber ?? booking.idNumber) == nil
                        ? nil : report.idType?.nilIfEmpty ?? PersonalIdentification.Paper.cccd.rawValue,
                    idNumber: visit.idNumber ?? booking.idNumber,
                    representatives: booking.representatives.isEmpty ? nil : booking.representatives
                )
            )
        }
        return try await bookings.recordOutcome(reference: reference, visit, actor: staff.id, now: now())
    }

    /// Who denounced in person, opened from the seal for a leader of the session's organisation (who received the
    /// citizen and decides the handling) or a system administrator; every look is audited. A conflict when the booking
    /// holds no sealed identity.
    public func denouncer(_ reference: String, staff: StaffUser) async throws -> IdentitySeal.Identity {
        let booking = try await scoped(reference, [], staff: staff)
        guard let session = try await schedules.session(id: booking.sessionID) else { throw OfficeError.notFound("no booking \(reference)") }
        guard staff.isSystemAdmin || staff.hasAnyRole([.leader], in: session.organisationID) else {
            throw OfficeError.forbidden("a denouncer's identity is for the organisation's leaders only")
        }
        guard let sealed = try await bookings.sealedIdentity(reference: reference, viewer: staff.id, now: now()) else {
            throw OfficeError.conflict("booking \(reference) holds no sealed identity: it was not received as a denunciation")
        }
        return try seal.open(sealed)
    }

    /// The register (Form 03) of an organisation `staff` may read (by default the first it keeps a register for),
    /// from `from` through `to` (dates `YYYY-MM-DD`; by default the current month, in the organisation's zone), at most
    /// a year.
    public func register(organisationID: String?, from: String?, to: String?, staff: StaffUser) async throws -> Register {
        let own = organisationID?.nilIfEmpty == nil ? try await schedules.organisations(readableBy: staff).first?.id : nil
        guard let id = organisationID?.nilIfEmpty ?? own else { throw OfficeError.invalid(field: "organisation", "choose an organisation") }
        guard let organisation = try await schedules.organisation(id: id), staff.canRead(id) else {
            throw OfficeError.invalid(field: "organisation", "no organisation \(id)")
        }
        let zone = organisation.zone
        let today = ZoneClock(zone).day(of: now())
        func day(_ name: String, _ text: String?, _ fallback: CivilDate) throws -> CivilDate {
            guard let text = text?.nilIfEmpty else { return fallback }
            guard let day = CivilDate(iso: text) else { throw OfficeError.invalid(field: name, "must be a date like 2026-03-05") }
            return day
        }
        let first = try day("from", from, CivilDate(year: today.year, month: today.month, day: 1)!)
        let through = try day("to", to, today)
        guard through >= first else { throw OfficeError.invalid(field: "to", "must not be before 'from'") }
        guard through.julianDay - first.julianDay <= 366 else { throw OfficeError.invalid(field: "to", "a register spans at most a year") }
        let entries = try await bookings.register(organisation: id, from: first, through: through, zone: zone)
        return Register(
            organisationID: id,
            organisationName: organisation.name,
            from: first,
            through: through,
            zone: zone,
            lines: try await RegisterLine.lines(entries, zone: zone, schedules: schedules)
        )
    }

    /// The booking, checked against the organisation of its session: not found outside what `staff` may read,
    /// forbidden without one of `roles` there (none asked: reading is enough).
    private func scoped(_ reference: String, _ roles: Set<StaffRole>, staff: StaffUser) async throws -> BookingRecord {
        guard let record = try await bookings.find(reference: reference, tokenHash: nil),
            let session = try await schedules.session(id: record.sessionID)
        else { throw OfficeError.notFound("no booking \(reference)") }
        if roles.isEmpty {
            try OrganisationScope.requireRead(session.organisationID, staff: staff, what: "booking \(reference)")
        } else {
            try OrganisationScope.require(roles, in: session.organisationID, staff: staff, what: "booking \(reference)")
        }
        return record
    }

    /// Law 136/2025/QH15: a complaint, denunciation or petition is received from a person identified by address and an
    /// identity paper; what the booking lacks is taken at the desk. A refusal needs none: refusing reception to someone
    /// who will not identify themselves is what the law allows.
    static func identify(_ visit: inout VisitRecord, _ report: VisitReport, booking: BookingRecord) throws {
        var errors: [FieldIssue] = []
        let address = report.address?.trimmed.nilIfEmpty
        if let address, address.count > 300 { errors.append(.init(field: "address", message: "at most 300 characters")) }
        if let number = report.idNumber?.nilIfEmpty {
            switch PersonalIdentification.parse(paper: report.idType?.nilIfEmpty, number: number) {
            case .success(let parsed): visit.idNumber = parsed.number
            case .failure(.paper(let why)): errors.append(.init(field: "id_type", message: why))
            case .failure(.number(let why)): errors.append(.init(field: "id_number", message: why))
            }
        }
        visit.address = address
        if PersonalIdentification.required(for: visit.category) && visit.outcome != .refused && errors.isEmpty {
            if (visit.idNumber ?? booking.idNumber?.nilIfEmpty) == nil {
                errors.append(
                    .init(
                        field: "id_number",
                        message: "a \(visit.category.rawValue) is received from an identified person: record the identity paper number"
                    )
                )
            }
            if (address ?? booking.address?.nilIfEmpty) == nil {
                errors.append(
                    .init(field: "address", message: "a \(visit.category.rawValue) is received from an identified person: record the address")
                )
            }
        }
        guard errors.isEmpty else { throw OfficeError.invalid(errors) }
    }

    /// The outcome the report describes, or every field that is not acceptable.
    static func checked(_ body: VisitReport) throws -> VisitRecord {
        var errors: [FieldIssue] = []
        let outcome = VisitOutcome(rawValue: body.outcome)
        if outcome == nil { errors.append(.init(field: "outcome", message: "must be accepted, guided, transferred or refused")) }
        let category = CaseCategory(rawValue: body.category)
        if category == nil { errors.append(.init(field: "category", message: "must be question, feedback, petition, complaint or denunciation")) }
        let detail = body.detail?.trimmed.nilIfEmpty
        if let outcome, outcome.needsDetail, detail == nil {
            let need = outcome == .refused ? "the reason reception was refused" : outcome == .guided ? "the guidance given" : "the body it went to"
            errors.append(.init(field: "detail", message: "record \(need)"))
        }
        if let detail, detail.count > 2000 { errors.append(.init(field: "detail", message: "at most 2,000 characters")) }
        let handledBefore = body.handledBefore?.trimmed.nilIfEmpty
        if let handledBefore, handledBefore.count > 300 { errors.append(.init(field: "handled_before", message: "at most 300 characters")) }
        guard errors.isEmpty, let outcome, let category else { throw OfficeError.invalid(errors) }
        return VisitRecord(outcome: outcome, detail: detail, category: category, handledBefore: handledBefore)
    }
}
