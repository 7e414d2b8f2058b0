import Foundation
import SQLKit
public import TiepDanCore

extension BookingRepository {
    /// Records that the citizen came: from `opensAt` (the morning of the session, `CheckInWindow`) until the session
    /// is marked held or cancelled.
    public func checkIn(reference: String, actor: String, now: Date, opensAt: Date) async throws -> BookingRecord {
        try await storeTransaction { database in
            let (booking, session) = try await Self.visit(reference, on: database)
            guard booking.status != .cancelled else { throw VisitError.notAllowed("the booking is cancelled") }
            guard booking.checkedInAt == nil else { throw VisitError.notAllowed("already checked in") }
            guard session.status != .cancelled else { throw VisitError.notAllowed("the session is cancelled") }
            guard opensAt <= now else { throw VisitError.notAllowed("check-in opens on the morning of the session") }
            try await database.raw(
                """
                UPDATE bookings SET checked_in_at = \(bind: Int64(now.timeIntervalSince1970)), checked_in_by = \(bind: actor),
                    updated_at = \(bind: Int64(now.timeIntervalSince1970))
                WHERE reference = \(bind: reference)
                """
            ).run()
            try await AuditLog.append(
                AuditEntry(at: now, actor: actor, entityKind: "booking", entityID: reference, action: "check_in"),
                on: database
            )
            guard let record = try await Self.record(reference: reference, on: database) else { throw VisitError.notFound }
            return record
        }
    }

    /// Registers a citizen who came without booking, checked in at once. No seat is taken: they are already here,
    /// and the legal register must list everyone received. A citizen with an active booking for the session (the same
    /// phone or ID number) is named by that booking instead, to be checked in there.
    public func registerWalkIn(_ request: NewBooking, now: Date, opensAt: Date) async throws -> BookingRecord {
        do {
            return try await storeTransaction { database in
                guard
                    let session = try await database.raw(
                        "SELECT \(unsafeRaw: SessionRow.columns) FROM sessions WHERE id = \(bind: request.sessionID)"
                    )
                    .first().map(SessionRow.session(from:))
                else { throw VisitError.notFound }
                guard session.kind == .reception else { throw VisitError.notAllowed("radio programmes and dialogues take questions, not visitors") }
                guard session.status.isUpcoming else { throw VisitError.notAllowed("the session is \(session.status.rawValue)") }
                guard opensAt <= now else { throw VisitError.notAllowed("check-in opens on the morning of the session") }
                if let existing = try await Self.activeReference(
                    session: session.id,
                    phoneKey: request.phoneKey,
                    idNumber: request.idNumber,
                    on: database
                ) {
                    throw BookingError.alreadyBooked(reference: existing)
                }
                let (reference, number) = try await Self.nextReference(now: now, on: database)
                try await Self.insert(
                    request,
                    reference: reference,
                    queuePosition: number,
                    status: .confirmed,
                    slot: nil,
                    now: now,
                    checkedIn: true,
                    on: database
                )
                try await AuditLog.append(
                    AuditEntry(
                        at: now,
                        actor: request.createdBy,
                        entityKind: "booking",
                        entityID: reference,
                        action: "walk_in",
                        after: AuditEntry.json(["status": BookingStatus.confirmed.rawValue, "session": session.id, "channel": request.channel])
                    ),
                    on: database
                )
                guard let record = try await Self.record(reference: reference, on: database) else { throw VisitError.notFound }
                return record
            }
        } catch  where DatabaseErrorKind.isUniqueViolation(error) {
            let existing = try await storeRead { database in
                try await Self.activeReference(session: request.sessionID, phoneKey: request.phoneKey, idNumber: request.idNumber, on: database)
            }
            throw BookingError.alreadyBooked(reference: existing ?? "")
        }
    }

    /// Records how the visit ended; a later call corrects it, and the trail keeps both.
    public func recordOutcome(reference: String, _ visit: VisitRecord, actor: String, now: Date) async throws -> BookingRecord {
        try await storeTransaction { database in
            let (booking, session) = try await Self.visit(reference, on: database)
            guard booking.checkedInAt != nil else { throw VisitError.notAllowed("check the citizen in first") }
            // The citizen received may say how well they were served, once (`SurveyRepository`).
            try await SurveyRepository.invite(
                contact: "visit:" + reference,
                organisationID: session.organisationID,
                leaderID: session.leaderIDs.first,
                departmentID: nil,
                channel: booking.channel,
                now: now,
                on: database
            )
            try await database.raw(
                """
                UPDATE bookings SET outcome = \(bind: visit.outcome.rawValue), outcome_detail = \(bind: visit.detail),
                    category = \(bind: visit.category.rawValue), handled_before = \(bind: visit.handledBefore),
                    outcome_by = \(bind: actor), updated_at = \(bind: Int64(now.timeIntervalSince1970))
                WHERE reference = \(bind: reference)
                """
            ).run()
            if let sealed = visit.sealedIdentity, booking.sealedIdentity == nil {
                // A denouncer received in person is sealed like one who wrote: the clear columns and the keys that
                // repeat them are emptied in the same transaction.
                try await database.raw(
                    """
                    UPDATE booking_citizens SET sealed = \(bind: sealed), name = '', phone = '', email = NULL, id_number = NULL,
                        address = NULL, representatives = ''
                    WHERE reference = \(bind: reference)
                    """
                ).run()
                try await database.raw(
                    """
                    UPDATE bookings SET phone_key = \(bind: "sealed:" + reference), id_number_key = NULL WHERE reference = \(bind: reference)
                    """
                ).run()
            } else if booking.sealedIdentity == nil, visit.idNumber != nil || visit.address != nil {
                try await database.raw(
                    """
                    UPDATE booking_citizens SET id_number = COALESCE(\(bind: visit.idNumber), id_number),
                        address = COALESCE(\(bind: visit.address), address)
                    WHERE reference = \(bind: reference)
                    """
                ).run()
            }
            // The outcome is recorded, not its wording: the detail may name people.
            try await AuditLog.append(
                AuditEntry(
                    at: now,
                    actor: actor,
                    entityKind: "booking",
                    entityID: reference,
                    action: "outcome",
                    before: booking.outcome.map { AuditEntry.json(["outcome": $0.rawValue]) },
                    after: AuditEntry.json(["outcome": visit.outcome.rawValue, "category": visit.category.rawValue])
                ),
                on: database
            )
            guard let record = try await Self.record(reference: reference, on: database) else { throw VisitError.notFound }
            return record
        }
    }

    /// The sealed identity of a denouncer received in person, for `viewer`, who may open it: the look is audited in the
    /// same transaction. Nil when the booking holds none.
    public func sealedIdentity(reference: String, viewer: String, now: Date) async throws -> String? {
        try await storeTransaction { database in
            guard
                let sealed = try await database.raw("SELECT sealed FROM booking_citizens WHERE reference = \(bind: reference)").first()?
                    .decode(column: "sealed", as: String?.self)
            else { return nil }
            try await AuditLog.append(
                AuditEntry(at: now, actor: viewer, entityKind: "booking", entityID: reference, action: "view_denouncer"),
                on: database
            )
            return sealed
        }
    }

    /// The register of one organisation: every checked-in visit whose check-in falls in
    /// `from...through` (local days of `zone`), in the order the citizens came.
    public func register(organisation: String, from: CivilDate, through: CivilDate, zone: TimeZone) async throws -> [RegisterEntry] {
        let clock = ZoneClock(zone)
        let start = Int64(clock.instant(from, minutes: 0).timeIntervalSince1970)
        let end = Int64(clock.instant(through.adding(days: 1), minutes: 0).timeIntervalSince1970)
        return try await storeRead { database in
            let rows = try await database.raw(
                """
                SELECT b.reference, s.id AS session_id, s.title, s.organisation_id, s.leader_ids, s.received_by
                FROM bookings b JOIN sessions s ON s.id = b.session_id
                WHERE s.organisation_id = \(bind: organisation) AND b.checked_in_at >= \(bind: start) AND b.checked_in_at < \(bind: end)
                ORDER BY b.checked_in_at, b.reference
                """
            ).all()
            var entries: [RegisterEntry] = []
            for row in rows {
                guard let booking = try await Self.record(reference: try row.decode(column: "reference", as: String.self), on: database) else {
                    continue
                }
                let received = try row.decode(column: "received_by", as: String?.self) ?? ""
                let planned = try row.decode(column: "leader_ids", as: String.self)
                let leaders = (received.isEmpty ? planned : received).split(separator: ",").map(String.init)
                entries.append(
                    RegisterEntry(
                        booking: booking,
                        sessionID: try row.decode(column: "session_id", as: String.self),
                        sessionTitle: try row.decode(column: "title", as: String.self),
                        organisationID: try row.decode(column: "organisation_id", as: String.self),
                        receivedBy: leaders
                    )
                )
            }
            return entries
        }
    }

    private static func visit(_ reference: String, on database: any SQLDatabase) async throws -> (BookingRecord, ScheduledSession) {
        guard let booking = try await record(reference: reference, on: database),
            let session = try await database.raw("SELECT \(unsafeRaw: SessionRow.columns) FROM sessions WHERE id = \(bind: booking.sessionID)")
                .first().map(SessionRow.session(from:))
        else { throw VisitError.notFound }
        return (booking, session)
    }
}

extension BookingRepository {
    /// Seats taken in each materialised slot of `sessions`, by slot id. A slot not listed has
    /// no booking yet.
    public func seatsTaken(sessions: [String]) async throws -> [String: Int] {
        guard !sessions.isEmpty else { return [:] }
        return try await storeRead { database in
            var taken: [String: Int] = [:]
            for row in try await database.raw(
                """
                SELECT id, booked FROM booking_slots WHERE session_id IN (\(binds: sessions))
                """
            ).all() {
                taken[try row.decode(column: "id", as: String.self)] = try row.decode(column: "booked", as: Int.self)
            }
            return taken
        }
    }
}
