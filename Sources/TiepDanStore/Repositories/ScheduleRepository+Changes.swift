import Foundation
import SQLKit
public import TiepDanCore

extension ScheduleRepository {
    /// Moves a session to `newStart` (keeping its length), its slots and bookings with it, and
    /// queues a notice to every citizen holding or waiting for a place, all in one transaction.
    public func postpone(
        _ id: String,
        to newStart: Date,
        reason: String,
        actor: String,
        now: Date,
        composer: any NoticeComposer
    ) async throws -> SessionChangeResult {
        try await storeTransaction { database in
            let old = try await Self.changeable(id, now: now, on: database)
            guard newStart > now else { throw SessionChangeError.notChangeable("the new time must be in the future") }
            let delta = Int64(newStart.timeIntervalSince1970) - Int64(old.startsAt.timeIntervalSince1970)
            let starts = Int64(old.startsAt.timeIntervalSince1970) + delta
            let ends = Int64(old.endsAt.timeIntervalSince1970) + delta
            if let clash = try await Self.leaderClash(old.leaderIDs, startsAt: starts, endsAt: ends, excluding: id, on: database) {
                throw SessionChangeError.leaderBusy(leaderID: clash.leaderID, sessionID: clash.sessionID)
            }
            let zone = try await Self.zone(of: old.organisationID, on: database)
            // The first date the public saw stays the "moved from" date however often it moves.
            let movedFrom = (old.movedFrom ?? ZoneClock(zone).day(of: old.startsAt)).description
            let stamp = Int64(now.timeIntervalSince1970)
            try await database.raw(
                """
                UPDATE sessions SET starts_at = \(bind: starts), ends_at = \(bind: ends), status = 'postponed',
                    moved_from = \(bind: movedFrom), reason = \(bind: reason),
                    questions_close_at = questions_close_at + \(bind: delta),
                    sequence = sequence + 1, updated_at = \(bind: stamp), changed_by = \(bind: actor)
                WHERE id = \(bind: id)
                """
            ).run()
            try await database.raw(
                """
                UPDATE booking_slots SET starts_at = starts_at + \(bind: delta), ends_at = ends_at + \(bind: delta)
                WHERE session_id = \(bind: id)
                """
            ).run()
            try await AuditLog.append(
                AuditEntry(
                    at: now,
                    actor: actor,
                    entityKind: "session",
                    entityID: id,
                    action: "postpone",
                    before: AuditEntry.json(["starts_at": RFC3339.string(old.startsAt, in: zone), "status": old.status.rawValue]),
                    after: AuditEntry.json(["starts_at": RFC3339.string(newStart, in: zone), "reason": reason])
                ),
                on: database
            )
            let session = try await Self.sessionRow(id, on: database)
            let queued = try await Self.notifyBookings(
                of: session,
                change: .postponed,
                previousStartsAt: old.startsAt,
                reason: reason,
                zone: zone,
                composer: composer,
                now: now,
                on: database
            )
            return SessionChangeResult(session: session, noticesQueued: queued)
        }
    }

    /// Cancels a session that has not yet taken place: its bookings are cancelled, their seats
    /// freed, and every citizen who held or waited for a place is sent a notice.
    public func cancel(
        _ id: String,
        reason: String,
        actor: String,
        now: Date,
        composer: any NoticeComposer
    ) async throws -> SessionChangeResult {
        try await storeTransaction { database in
            let old = try await Self.changeable(id, now: now, on: database)
            let zone = try await Self.zone(of: old.organisationID, on: database)
            let stamp = Int64(now.timeIntervalSince1970)
            try await database.raw(
                """
                UPDATE sessions SET status = 'cancelled', reason = \(bind: reason), sequence = sequence + 1,
                    updated_at = \(bind: stamp), changed_by = \(bind: actor)
                WHERE id = \(bind: id)
                """
            ).run()
            try await AuditLog.append(
                AuditEntry(
                    at: now,
                    actor: actor,
                    entityKind: "session",
                    entityID: id,
                    action: "cancel",
                    before: AuditEntry.json(["status": old.status.rawValue]),
                    after: AuditEntry.json(["status": "cancelled", "reason": reason])
                ),
                on: database
            )
            let session = try await Self.sessionRow(id, on: database)
            // Notices first, while the bookings still say who held a place.
            let queued = try await Self.notifyBookings(
                of: session,
                change: .sessionCancelled,
                previousStartsAt: nil,
                reason: reason,
                zone: zone,
                composer: composer,
                now: now,
                on: database
            )
            let cancelled = try await database.raw(
                """
                UPDATE bookings SET status = 'cancelled', updated_at = \(bind: stamp)
                WHERE session_id = \(bind: id) AND status <> 'cancelled' RETURNING reference
                """
            ).all().map { try $0.decode(column: "reference", as: String.self) }
            try await database.raw("UPDATE booking_slots SET booked = 0 WHERE session_id = \(bind: id)").run()
            for reference in cancelled.sorted() {
                try await AuditLog.append(
                    AuditEntry(
                        at: now,
                        actor: actor,
                        entityKind: "booking",
                        entityID: reference,
                        action: "cancel",
                        after: AuditEntry.json(["status": "cancelled", "because": "session cancelled"])
                    ),
                    on: database
                )
            }
            return SessionChangeResult(session: session, noticesQueued: queued)
        }
    }

    /// Records that a session took place: who received, and how many people came (by default
    /// the checked-in visitors with their groups).
    public func markHeld(
        _ id: String,
        receivedBy: [String],
        attendance: Int?,
        actor: String,
        now: Date
    ) async throws -> ScheduledSession {
        try await storeTransaction { database in
            guard
                let old = try await database.raw("SELECT \(unsafeRaw: SessionRow.columns) FROM sessions WHERE id = \(bind: id)")
                    .first().map(SessionRow.session(from:))
            else { throw SessionChangeError.notFound }
            guard old.status.isUpcoming else {
                throw SessionChangeError.notChangeable("the session is \(old.status.rawValue)")
            }
            guard old.startsAt <= now else { throw SessionChangeError.notChangeable("the session has not started yet") }
            let counted =
                try await database.raw(
                    """
                    SELECT COALESCE(SUM(group_size), 0) AS people FROM bookings
                    WHERE session_id = \(bind: id) AND checked_in_at IS NOT NULL
                    """
                ).first()?.decode(column: "people", as: Int.self) ?? 0
            let people = attendance ?? counted
            try await database.raw(
                """
                UPDATE sessions SET status = 'held', received_by = \(bind: receivedBy.joined(separator: ",")),
                    attendance = \(bind: people), sequence = sequence + 1,
                    updated_at = \(bind: Int64(now.timeIntervalSince1970)), changed_by = \(bind: actor)
                WHERE id = \(bind: id)
                """
            ).run()
            try await AuditLog.append(
                AuditEntry(
                    at: now,
                    actor: actor,
                    entityKind: "session",
                    entityID: id,
                    action: "held",
                    before: AuditEntry.json(["status": old.status.rawValue]),
                    after: AuditEntry.json([
                        "status": "held", "received_by": receivedBy.joined(separator: ","),
                        "attendance": String(people),
                    ])
                ),
                on: database
            )
            return try await Self.sessionRow(id, on: database)
        }
    }

    /// A session that may still be postponed or cancelled: scheduled or postponed, not yet over.
    private static func changeable(_ id: String, now: Date, on database: any SQLDatabase) async throws -> ScheduledSession {
        let session = try await sessionRow(id, on: database)
        guard session.status.isUpcoming else {
            throw SessionChangeError.notChangeable("the session is \(session.status.rawValue)")
        }
        guard session.endsAt > now else { throw SessionChangeError.notChangeable("the session is over") }
        return session
    }

    private static func sessionRow(_ id: String, on database: any SQLDatabase) async throws -> ScheduledSession {
        guard
            let session = try await database.raw("SELECT \(unsafeRaw: SessionRow.columns) FROM sessions WHERE id = \(bind: id)")
                .first().map(SessionRow.session(from:))
        else { throw SessionChangeError.notFound }
        return session
    }

    static func zone(of organisation: String, on database: any SQLDatabase) async throws -> TimeZone {
        let name = try await database.raw("SELECT time_zone FROM organisations WHERE id = \(bind: organisation)")
            .first()?.decode(column: "time_zone", as: String.self)
        return name.flatMap(TimeZone.init(identifier:)) ?? RFC3339.vietnam
    }

    /// Queues the composer's notices for every booking that holds or waits for a place.
    private static func notifyBookings(
        of session: ScheduledSession,
        change: BookingChange,
        previousStartsAt: Date?,
        reason: String,
        zone: TimeZone,
        composer: any NoticeComposer,
        now: Date,
        on database: any SQLDatabase
    ) async throws -> Int {
        let references = try await database.raw(
            """
            SELECT reference FROM bookings WHERE session_id = \(bind: session.id) AND status <> 'cancelled' ORDER BY queue_position
            """
        ).all().map { try $0.decode(column: "reference", as: String.self) }
        var queued = 0
        for reference in references {
            guard let booking = try await BookingRepository.record(reference: reference, on: database) else { continue }
            let facts = BookingNoticeFacts(
                change: change,
                reference: reference,
                citizenName: booking.name,
                phone: booking.phone,
                email: booking.email,
                session: session,
                slotStartsAt: booking.slotStartsAt,
                slotEndsAt: booking.slotEndsAt,
                previousStartsAt: previousStartsAt,
                reason: reason,
                timeZone: zone,
                messagesConsent: booking.messagesConsent,
                replyChannel: booking.replyChannel,
                joinLink: booking.joinLink(in: session)
            )
            for notice in composer.notices(for: facts) {
                try await NotificationOutbox.enqueue(notice, now: now, on: database)
                queued += 1
            }
        }
        return queued
    }
}
