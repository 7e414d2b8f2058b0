public import Foundation
public import TiepDanCore
public import TiepDanStore

/// The schedule and its sessions, shared by the API and the pages: what the public reads (organisations, leaders,
/// sessions with their seats left) and what the secretariat changes (ad-hoc sessions, postponements and cancellations
/// with notices to the citizens booked, the record that a session was held).
public struct SessionDesk: Sendable {
    public let schedules: ScheduleRepository
    let bookings: BookingRepository
    let notices: any NoticeComposer
    let now: @Sendable () -> Date

    /// A desk over the schedules and the bookings; `notices` writes what citizens are told when their session changes.
    public init(
        schedules: ScheduleRepository,
        bookings: BookingRepository,
        notices: any NoticeComposer,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.schedules = schedules
        self.bookings = bookings
        self.notices = notices
        self.now = now
    }

    /// A page of organisations, in id order.
    public func organisations(after cursor: String?, limit: Int) async throws -> (items: [Organisation], nextCursor: String?) {
        let found = try await schedules.organisations(after: cursor, limit: limit + 1)
        let items = Array(found.prefix(limit))
        return (items, found.count > limit ? items.last?.id : nil)
    }

    /// A page of leaders, of one organisation or all.
    public func leaders(organisationID: String?, after cursor: String?, limit: Int) async throws -> (items: [Leader], nextCursor: String?) {
        let found = try await schedules.leaders(organisationID: organisationID, after: cursor, limit: limit + 1)
        let items = Array(found.prefix(limit))
        return (items, found.count > limit ? items.last?.id : nil)
    }

    /// A page of the sessions `filter` asks for, each in its organisation's zone with the seats left.
    public func sessions(_ filter: SessionFilter) async throws -> (items: [PublicSession], nextCursor: String?) {
        let query = try filter.query(now: now())
        let found = try await schedules.sessions(query)
        let page = Array(found.prefix(query.limit))
        let zones = try await schedules.organisations(ids: Set(page.map(\.organisationID))).mapValues(\.zone)
        let taken = try await bookings.seatsTaken(sessions: page.filter { $0.kind == .reception }.map(\.id))
        let items = page.map { PublicSession($0, zone: zones[$0.organisationID] ?? RFC3339.vietnam, taken: taken, now: now()) }
        return (items, found.count > query.limit ? page.last.map(SessionFilter.cursor(after:)) : nil)
    }

    /// The seats left in each of `sessions` that takes bookings, by session id, read in one query.
    public func seatsLeft(_ sessions: [ScheduledSession]) async throws -> [String: Int] {
        let bookable = sessions.filter { $0.kind == .reception && !$0.slots.isEmpty }
        let taken = try await bookings.seatsTaken(sessions: bookable.map(\.id))
        return Dictionary(uniqueKeysWithValues: bookable.map { ($0.id, $0.seatsLeft(taken: taken)) })
    }

    /// One session with each booking slot and its seats left.
    public func session(_ id: String) async throws -> PublicSession {
        guard let session = try await schedules.session(id: id) else { throw OfficeError.notFound("no session \(id)") }
        let zone = try await schedules.timeZone(organisationID: session.organisationID)
        let taken = try await bookings.seatsTaken(sessions: [session.id])
        return PublicSession(session, zone: zone, taken: taken, now: now()).withSlots(of: session, zone: zone, taken: taken)
    }

    /// Today's and the coming week's receptions, and the radio programmes and dialogues of the past two weeks
    /// and the coming six, of the organisations `staff` may read, or of the one of them it chose.
    public func agenda(for staff: StaffUser, organisation chosen: String? = nil) async throws -> StaffAgenda {
        if let chosen { try OrganisationScope.requireRead(chosen, staff: staff, what: "organisation \(chosen)") }
        let zone = RFC3339.vietnam
        let today = ScheduleExpander.localDay(of: now(), in: zone)
        func query(_ kind: SessionKind, days: Range<Int>, limit: Int) -> SessionQuery {
            var query = SessionQuery(
                from: ScheduleExpander.instant(today.adding(days: days.lowerBound), minutes: 0, in: zone),
                to: ScheduleExpander.instant(today.adding(days: days.upperBound), minutes: 0, in: zone)
            )
            query.kind = kind
            query.limit = limit
            query.organisationIDs = chosen.map { [$0] } ?? staff.readableOrganisations
            return query
        }
        let receptions = try await schedules.sessions(query(.reception, days: 0..<7, limit: 100))
        var programmes: [ScheduledSession] = []
        for kind in [SessionKind.radio, .dialogue] { programmes += try await schedules.sessions(query(kind, days: -14..<42, limit: 50)) }
        programmes.sort { ($0.startsAt, $0.id) < ($1.startsAt, $1.id) }
        let names = try await schedules.organisations(ids: Set((receptions + programmes).map(\.organisationID))).mapValues(\.name)
        return StaffAgenda(receptions: receptions, programmes: programmes, organisationNames: names, today: today, zone: zone)
    }

    /// Creates the ad-hoc session `request` describes, or names every field that is not acceptable.
    public func createAdHoc(_ request: AdHocSessionRequest, staff: StaffUser) async throws -> PublicSession {
        // Outside the account's organisations the organisation is as unknown as one that does not exist.
        if !staff.canRead(request.organisationId) {
            throw OfficeError.invalid(field: "organisation_id", "no organisation \(request.organisationId)")
        }
        try OrganisationScope.require([.secretariat], in: request.organisationId, staff: staff, what: "organisation")
        let session = try await validated(request)
        do {
            try await schedules.createAdHoc(session, actor: staff.id)
        } catch let AdHocSessionError.leaderBusy(leader, other) {
            throw OfficeError.conflict("leader \(leader) already has session \(other) at that time", field: "leader_ids")
        }
        return try await view(session)
    }

    /// Checks a postponement without making it, so a confirmation step promises only what will be done.
    public func checkPostponement(_ id: String, _ request: SessionPostponement, staff: StaffUser) async throws {
        _ = try await checkedPostponement(id, request, staff: staff)
    }

    /// Moves a session; its bookings move with it and each citizen booked is told.
    public func postpone(_ id: String, _ request: SessionPostponement, staff: StaffUser) async throws -> SessionChange {
        let (reason, to) = try await checkedPostponement(id, request, staff: staff)
        let result = try await schedules.postpone(id, to: to, reason: reason, actor: staff.id, now: now(), composer: notices)
        return SessionChange(session: try await view(result.session), noticesQueued: result.noticesQueued)
    }

    /// Checks a cancellation without making it.
    public func checkCancellation(_ id: String, _ request: SessionCancellation, staff: StaffUser) async throws {
        try requireUpcoming(try await requireSecretariat(of: id, staff))
        _ = try Self.reason(request.reason)
    }

    /// Calls a session off; its bookings are released and each citizen booked is told.
    public func cancel(_ id: String, _ request: SessionCancellation, staff: StaffUser) async throws -> SessionChange {
        try await checkCancellation(id, request, staff: staff)
        let result = try await schedules.cancel(id, reason: try Self.reason(request.reason), actor: staff.id, now: now(), composer: notices)
        return SessionChange(session: try await view(result.session), noticesQueued: result.noticesQueued)
    }

    /// Checks a held report without recording it.
    public func checkHeld(_ id: String, _ report: HeldReport, staff: StaffUser) async throws {
        let session = try await requireSecretariat(of: id, staff)
        var issues: [FieldIssue] = []
        let leaders = Set(try await schedules.leaders(organisationID: session.organisationID).map(\.id))
        if report.receivedBy.isEmpty { issues.append(FieldIssue(field: "received_by", message: "name who received the citizens")) }
        for (index, leader) in report.receivedBy.enumerated() where !leaders.contains(leader) {
            issues.append(FieldIssue(field: "received_by[\(index)]", message: "no leader \(leader) in \(session.organisationID)"))
        }
        if let issue = BoundedNumber.attendance.issue(report.attendance) {
            issues.append(issue)
        }
        guard issues.isEmpty else { throw OfficeError.invalid(issues) }
        guard canMarkHeld(session) else {
            throw OfficeError.conflict(session.status.isUpcoming ? "the session has not started yet" : "the session is \(session.status.rawValue)")
        }
    }

    /// Records that a session took place, received by leaders of its organisation.
    public func recordHeld(_ id: String, _ report: HeldReport, staff: StaffUser) async throws -> PublicSession {
        try await checkHeld(id, report, staff: staff)
        let held = try await schedules.markHeld(id, receivedBy: report.receivedBy, attendance: report.attendance, actor: staff.id, now: now())
        return try await view(held)
    }

    /// Whether `session` may be marked held now: it has started and is neither held nor cancelled.
    public func canMarkHeld(_ session: ScheduledSession) -> Bool {
        session.status.isUpcoming && session.startsAt <= now()
    }

    /// The session, if `staff` is of its organisation's secretariat: else not found, or forbidden.
    @discardableResult
    func requireSecretariat(of id: String, _ staff: StaffUser) async throws -> ScheduledSession {
        guard let session = try await schedules.session(id: id) else { throw OfficeError.notFound("no session \(id)") }
        try OrganisationScope.require([.secretariat], in: session.organisationID, staff: staff, what: "session \(id)")
        return session
    }

    /// The reason and the new start of a postponement of an upcoming session, or what is wrong with them.
    private func checkedPostponement(_ id: String, _ request: SessionPostponement, staff: StaffUser) async throws -> (String, Date) {
        try requireUpcoming(try await requireSecretariat(of: id, staff))
        let reason = try Self.reason(request.reason)
        guard let to = try? Date(request.to, strategy: .iso8601) else {
            throw OfficeError.invalid(field: "to", "must be a time like 2026-03-05T07:30:00+07:00")
        }
        guard to > now() else { throw OfficeError.invalid(field: "to", "must be in the future") }
        return (reason, to)
    }

    /// Only a session still to come may be moved or called off.
    private func requireUpcoming(_ session: ScheduledSession) throws {
        guard session.status.isUpcoming else { throw OfficeError.conflict("the session is \(session.status.rawValue)") }
    }

    /// Why a session changes, as the public notice says it.
    private static func reason(_ text: String) throws -> String {
        let reason = text.trimmed
        guard (3...500).contains(reason.count) else {
            throw OfficeError.invalid(field: "reason", "say why, for the public notice (3 to 500 characters)")
        }
        return reason
    }

    private func view(_ session: ScheduledSession) async throws -> PublicSession {
        let zone = try await schedules.timeZone(organisationID: session.organisationID)
        return PublicSession(session, zone: zone, taken: try await bookings.seatsTaken(sessions: [session.id]), now: now())
    }

    /// The session `request` describes, or every field that is not acceptable.
    private func validated(_ request: AdHocSessionRequest) async throws -> ScheduledSession {
        var issues: [FieldIssue] = []
        func fail(_ field: String, _ message: String) { issues.append(FieldIssue(field: field, message: message)) }
        let organisation = try await schedules.organisation(id: request.organisationId)
        if organisation == nil { fail("organisation_id", "no organisation \(request.organisationId)") }
        let kind = SessionKind(rawValue: request.kind ?? "reception")
        if kind == nil { fail("kind", "must be reception, radio or dialogue") }
        let title = request.title.trimmed
        if !(3...200).contains(title.count) { fail("title", "must be 3 to 200 characters") }
        let reason = request.reason.trimmed
        if !(3...500).contains(reason.count) { fail("reason", "say why the session is held (3 to 500 characters)") }
        let leaders = try await schedules.leaders(organisationID: request.organisationId)
        if request.leaderIds.isEmpty { fail("leader_ids", "name at least one leader") }
        for (index, id) in request.leaderIds.enumerated() where !leaders.contains(where: { $0.id == id }) {
            fail("leader_ids[\(index)]", "no leader \(id) in \(request.organisationId)")
        }
        let starts = try? Date(request.startsAt, strategy: .iso8601)
        let ends = try? Date(request.endsAt, strategy: .iso8601)
        if starts == nil { fail("starts_at", "must be a time like 2026-03-05T07:30:00+07:00") }
        if ends == nil { fail("ends_at", "must be a time like 2026-03-05T11:30:00+07:00") }
        if let starts, let ends {
            if ends <= starts {
                fail("ends_at", "must be after starts_at")
            } else if ends.timeIntervalSince(starts) > 12 * 3600 {
                fail("ends_at", "a session lasts at most 12 hours")
            }
            if starts < now() { fail("starts_at", "must be in the future") }
        }
        var location = request.location?.trimmed ?? ""
        if let placeID = request.placeId {
            if let place = try await schedules.place(id: placeID), place.organisationID == request.organisationId {
                if location.isEmpty { location = place.name }
            } else {
                fail("place_id", "no place \(placeID) in \(request.organisationId)")
            }
        }
        if location.isEmpty && request.placeId == nil { fail("location", "give place_id or location") }
        for issue in [BoundedNumber.slotMinutes.issue(request.slotMinutes), BoundedNumber.slotCapacity.issue(request.slotCapacity)] {
            if let issue { fail(issue.field, issue.message) }
        }
        let mode = SessionMode(rawValue: request.mode ?? SessionMode.inPerson.rawValue)
        let joinURL = request.joinUrl?.trimmed.nilIfEmpty
        if let mode {
            if mode.takesOnline && kind != .reception { fail("mode", "only a reception session is held online") }
            if let problem = mode.joinLinkProblem(joinURL) { fail("join_url", problem) }
        } else {
            fail("mode", "must be in_person, online or hybrid")
        }
        guard issues.isEmpty, let organisation, let kind, let starts, let ends, let mode else { throw OfficeError.invalid(issues) }
        let day = organisation.clock.day(of: starts)
        let reception = kind == .reception
        return ScheduledSession(
            id: "\(organisation.id).adhoc.\(day.compact).\(SecureRandom.hex(bytes: 3))",
            organisationID: organisation.id,
            ruleID: nil,
            kind: kind,
            title: title,
            leaderIDs: request.leaderIds,
            placeID: request.placeId,
            location: location,
            startsAt: starts,
            endsAt: ends,
            status: .scheduled,
            movedFrom: nil,
            reason: reason,
            topics: request.topics ?? [],
            slotMinutes: reception ? request.slotMinutes ?? 30 : nil,
            slotCapacity: reception ? request.slotCapacity ?? 1 : nil,
            questionsCloseAt: nil,
            sequence: 0,
            updatedAt: now(),
            mode: mode,
            joinURL: joinURL
        )
    }
}
