import Foundation
import SQLKit
public import TiepDanCore

/// Reception bookings. Seats are taken by a guarded `UPDATE ... WHERE booked < capacity`, and
/// one active booking per citizen per session is a unique index: identical on both engines, and
/// never read-then-write, so no amount of concurrency can overbook.
public struct BookingRepository: Sendable {
    private let store: any Store

    /// What the bookings' citizens agreed to.
    public var consents: ConsentRepository { ConsentRepository(store: store) }
    /// The outbox of the notices about the bookings.
    public var outbox: NotificationOutbox { NotificationOutbox(store: store) }

    /// A repository over `store`.
    public init(store: any Store) {
        self.store = store
    }

    func storeTransaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await store.transaction(body)
    }

    func storeRead<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await store.read(body)
    }

    /// Books a seat (or a place on the waiting list) and audits it; with `composer`, queues the confirmation in the same
    /// transaction, its link opening the booking with `token`.
    public func book(
        _ request: NewBooking,
        now: Date,
        closesBefore: TimeInterval,
        composer: (any NoticeComposer)? = nil,
        token: String? = nil
    ) async throws -> BookingRecord {
        do {
            return try await store.transaction { database in
                let record = try await Self.book(request, now: now, closesBefore: closesBefore, on: database)
                if let composer {
                    try await Self.notify(
                        record.reference,
                        of: record.status == .waitlisted ? .waitlisted : .confirmed,
                        token: token,
                        composer: composer,
                        now: now,
                        on: database
                    )
                }
                return record
            }
        } catch  where DatabaseErrorKind.isUniqueViolation(error) {
            // Two requests for the same citizen raced; the unique index stopped the second.
            let existing = try await store.read { database in
                try await Self.activeReference(session: request.sessionID, phoneKey: request.phoneKey, idNumber: request.idNumber, on: database)
            }
            throw BookingError.alreadyBooked(reference: existing ?? "")
        }
    }

    private static func book(_ request: NewBooking, now: Date, closesBefore: TimeInterval, on database: any SQLDatabase) async throws -> BookingRecord
    {
        guard
            let session = try await database.raw("SELECT \(unsafeRaw: SessionRow.columns) FROM sessions WHERE id = \(bind: request.sessionID)")
                .first().map(SessionRow.session(from:))
        else { throw BookingError.sessionNotFound }
        guard session.kind == .reception else { throw BookingError.notBookable("radio programmes and dialogues take questions, not bookings") }
        guard session.status.isUpcoming else {
            throw BookingError.notBookable("the session is \(session.status.rawValue)")
        }
        guard session.startsAt.addingTimeInterval(-closesBefore) > now else {
            throw BookingError.notBookable("bookings for this session closed \(Int(closesBefore / 60)) minutes before it starts")
        }
        let hasSlots = try await database.raw("SELECT 1 AS found FROM booking_slots WHERE session_id = \(bind: session.id) LIMIT 1").first() != nil
        for slot in session.slots where !hasSlots {
            try await database.raw(
                """
                INSERT INTO booking_slots (id, session_id, starts_at, ends_at, capacity, booked)
                VALUES (\(bind: "\(session.id)-\(slot.index)"), \(bind: session.id), \(bind: Int64(slot.startsAt.timeIntervalSince1970)),
                        \(bind: Int64(slot.endsAt.timeIntervalSince1970)), \(bind: slot.capacity), 0)
                ON CONFLICT (id) DO NOTHING
                """
            ).run()
        }
        if let slotID = request.slotID, !session.slots.contains(where: { "\(session.id)-\($0.index)" == slotID }) {
            throw BookingError.slotNotFound
        }
        if let existing = try await activeReference(session: session.id, phoneKey: request.phoneKey, idNumber: request.idNumber, on: database) {
            throw BookingError.alreadyBooked(reference: existing)
        }
        let seat = try await takeSeat(session: session.id, preferred: request.slotID, on: database)
        guard seat != nil || request.waitlist else { throw BookingError.full }
        let (reference, number) = try await nextReference(now: now, on: database)
        let status: BookingStatus = seat == nil ? .waitlisted : .confirmed
        try await insert(request, reference: reference, queuePosition: number, status: status, slot: seat, now: now, checkedIn: false, on: database)
        // The trail records what happened, not who the citizen is: personal data stays in booking_citizens.
        try await AuditLog.append(
            AuditEntry(
                at: now,
                actor: request.createdBy,
                entityKind: "booking",
                entityID: reference,
                action: "create",
                after: AuditEntry.json(["status": status.rawValue, "slot": seat ?? "", "session": session.id, "channel": request.channel])
            ),
            on: database
        )
        guard let record = try await record(reference: reference, on: database) else { throw BookingError.notFound }
        return record
    }

    /// The booking, when `tokenHash` matches (nil: staff access, no token needed).
    public func find(reference: String, tokenHash: String?) async throws -> BookingRecord? {
        try await store.read { database in
            guard try await Self.tokenMatches(reference: reference, tokenHash: tokenHash, on: database) else { return nil }
            return try await Self.record(reference: reference, on: database)
        }
    }

    /// Cancels the booking, frees its seat and promotes the first on the waiting list, all at once.
    /// Returns the promoted booking's reference, if any.
    public func cancel(
        reference: String,
        tokenHash: String?,
        actor: String,
        now: Date,
        composer: (any NoticeComposer)? = nil
    ) async throws -> String? {
        try await store.transaction { database in
            guard try await Self.tokenMatches(reference: reference, tokenHash: tokenHash, on: database),
                let booking = try await Self.record(reference: reference, on: database)
            else { throw BookingError.notFound }
            guard booking.status != .cancelled else { throw BookingError.alreadyCancelled }
            let stamp = Int64(now.timeIntervalSince1970)
            try await database.raw(
                """
                UPDATE bookings SET status = 'cancelled', updated_at = \(bind: stamp) WHERE reference = \(bind: reference)
                """
            ).run()
            try await AuditLog.append(
                AuditEntry(
                    at: now,
                    actor: actor,
                    entityKind: "booking",
                    entityID: reference,
                    action: "cancel",
                    before: AuditEntry.json(["status": booking.status.rawValue]),
                    after: AuditEntry.json(["status": "cancelled"])
                ),
                on: database
            )
            guard booking.status == .confirmed, let freed = booking.slotID else { return nil }
            try await database.raw("UPDATE booking_slots SET booked = booked - 1 WHERE id = \(bind: freed)").run()
            guard let promoted = try await Self.promote(session: booking.sessionID, preferred: freed, now: now, on: database) else {
                return nil
            }
            if let composer { try await Self.notify(promoted, of: .promoted, composer: composer, now: now, on: database) }
            return promoted
        }
    }

    /// Queues what the booking's citizen is told of `change` (booked, on the waiting list, given a seat).
    static func notify(
        _ reference: String,
        of change: BookingChange,
        token: String? = nil,
        composer: any NoticeComposer,
        now: Date,
        on database: any SQLDatabase
    ) async throws {
        guard let booking = try await record(reference: reference, on: database),
            let session = try await database.raw("SELECT \(unsafeRaw: SessionRow.columns) FROM sessions WHERE id = \(bind: booking.sessionID)")
                .first().map(SessionRow.session(from:))
        else { return }
        let zone = try await ScheduleRepository.zone(of: session.organisationID, on: database)
        let facts = BookingNoticeFacts(
            change: change,
            reference: reference,
            citizenName: booking.name,
            phone: booking.phone,
            email: booking.email,
            session: session,
            slotStartsAt: booking.slotStartsAt,
            slotEndsAt: booking.slotEndsAt,
            previousStartsAt: nil,
            reason: nil,
            timeZone: zone,
            messagesConsent: booking.messagesConsent,
            replyChannel: booking.replyChannel,
            token: token,
            joinLink: booking.joinLink(in: session)
        )
        for notice in composer.notices(for: facts) {
            try await NotificationOutbox.enqueue(notice, now: now, on: database)
        }
    }

    /// Gives the first waitlisted booking of the session a seat, if one is free.
    private static func promote(session: String, preferred: String, now: Date, on database: any SQLDatabase) async throws -> String? {
        while let next = try await database.raw(
            """
            SELECT reference FROM bookings WHERE session_id = \(bind: session) AND status = 'waitlisted'
            ORDER BY queue_position LIMIT 1
            """
        ).first()?.decode(column: "reference", as: String.self) {
            guard let seat = try await takeSeat(session: session, preferred: preferred, on: database) else { return nil }
            let promoted = try await database.raw(
                """
                UPDATE bookings SET status = 'confirmed', slot_id = \(bind: seat), updated_at = \(bind: Int64(now.timeIntervalSince1970))
                WHERE reference = \(bind: next) AND status = 'waitlisted' RETURNING reference
                """
            ).first()
            guard promoted != nil else {
                // Someone else promoted or cancelled it meanwhile: give the seat back and look again.
                try await database.raw("UPDATE booking_slots SET booked = booked - 1 WHERE id = \(bind: seat)").run()
                continue
            }
            try await AuditLog.append(
                AuditEntry(
                    at: now,
                    actor: "system",
                    entityKind: "booking",
                    entityID: next,
                    action: "promote",
                    before: AuditEntry.json(["status": "waitlisted"]),
                    after: AuditEntry.json(["status": "confirmed", "slot": seat])
                ),
                on: database
            )
            return next
        }
        return nil
    }

    /// Takes one seat: in `preferred` when given (and only there), else in the earliest slot with room.
    private static func takeSeat(session: String, preferred: String?, on database: any SQLDatabase) async throws -> String? {
        if let preferred {
            return try await database.raw(
                """
                UPDATE booking_slots SET booked = booked + 1 WHERE id = \(bind: preferred) AND booked < capacity RETURNING id
                """
            ).first()?.decode(column: "id", as: String.self)
        }
        let candidates = try await database.raw(
            """
            SELECT id FROM booking_slots WHERE session_id = \(bind: session) AND booked < capacity ORDER BY starts_at
            """
        ).all().map { try $0.decode(column: "id", as: String.self) }
        for slot in candidates {
            if let taken = try await database.raw(
                """
                UPDATE booking_slots SET booked = booked + 1 WHERE id = \(bind: slot) AND booked < capacity RETURNING id
                """
            ).first()?.decode(column: "id", as: String.self) {
                return taken
            }
        }
        return nil
    }

    /// The next booking reference of the year (`TD-2026-000123`) and its number, which is also its place in the queue.
    static func nextReference(now: Date, on database: any SQLDatabase) async throws -> (String, Int) {
        let year = ZoneClock(RFC3339.vietnam).day(of: now).year
        let number = try await ReferenceCounter.next("booking", year: year, on: database)
        return (String(format: "TD-%04d-%06d", year, number), number)
    }

    /// Writes the booking and, apart, the citizen's personal data; `checkedIn` for one who is already here.
    static func insert(
        _ request: NewBooking,
        reference: String,
        queuePosition: Int,
        status: BookingStatus,
        slot: String?,
        now: Date,
        checkedIn: Bool,
        on database: any SQLDatabase
    ) async throws {
        let stamp = Int64(now.timeIntervalSince1970)
        try await database.raw(
            """
            INSERT INTO bookings (reference, token_hash, session_id, slot_id, status, queue_position, subject, summary,
                group_size, phone_key, id_number_key, channel, created_by, created_at, updated_at, checked_in_at, checked_in_by, attend_mode,
                reply_channel)
            VALUES (\(bind: reference), \(bind: request.tokenHash), \(bind: request.sessionID), \(bind: slot), \(bind: status.rawValue),
                \(bind: Int64(queuePosition)), \(bind: request.subject), \(bind: request.summary), \(bind: request.groupSize),
                \(bind: request.phoneKey), \(bind: request.idNumber), \(bind: request.channel), \(bind: request.createdBy),
                \(bind: stamp), \(bind: stamp), \(bind: checkedIn ? stamp : nil), \(bind: checkedIn ? request.createdBy : nil),
                \(bind: request.attendance.rawValue), \(bind: request.replyChannel.rawValue))
            """
        ).run()
        try await database.raw(
            """
            INSERT INTO booking_citizens (reference, name, phone, email, id_number, address, representatives)
            VALUES (\(bind: reference), \(bind: request.name), \(bind: request.phone), \(bind: request.email),
                \(bind: request.idNumber), \(bind: request.address), \(bind: request.representatives.joined(separator: "\n")))
            """
        ).run()
        try await ConsentRepository.record(
            request.consents,
            subject: .booking(reference),
            version: request.consentVersion,
            channel: request.channel,
            by: request.createdBy,
            now: now,
            on: database
        )
    }

    static func activeReference(session: String, phoneKey: String, idNumber: String?, on database: any SQLDatabase) async throws -> String? {
        try await database.raw(
            """
            SELECT reference FROM bookings
            WHERE session_id = \(bind: session) AND status <> 'cancelled'
              AND (phone_key = \(bind: phoneKey) OR (\(bind: idNumber) IS NOT NULL AND id_number_key = \(bind: idNumber)))
            LIMIT 1
            """
        ).first()?.decode(column: "reference", as: String.self)
    }

    private static func tokenMatches(reference: String, tokenHash: String?, on database: any SQLDatabase) async throws -> Bool {
        guard let tokenHash else { return true }
        return try await database.raw(
            """
            SELECT 1 AS ok FROM bookings WHERE reference = \(bind: reference) AND token_hash = \(bind: tokenHash)
            """
        ).first() != nil
    }

    static func record(reference: String, on database: any SQLDatabase) async throws -> BookingRecord? {
        guard
            let row = try await database.raw(
                """
                SELECT b.reference, b.session_id, b.slot_id, s.starts_at AS slot_starts_at, s.ends_at AS slot_ends_at, b.status,
                    b.subject, b.summary, b.group_size, b.channel, b.created_at, b.checked_in_at, b.outcome, b.outcome_detail,
                    b.category, b.handled_before, b.attend_mode, b.sealed_text, b.reply_channel,
                    c.name, c.phone, c.email, c.id_number, c.address, c.representatives, c.sealed,
                    (SELECT COUNT(*) FROM consents k WHERE k.subject = \(bind: ConsentSubject.booking(reference).key)
                        AND k.purpose = 'messages' AND k.withdrawn_at IS NULL) AS messages_consent
                FROM bookings b JOIN booking_citizens c ON c.reference = b.reference
                LEFT JOIN booking_slots s ON s.id = b.slot_id
                WHERE b.reference = \(bind: reference)
                """
            ).first()
        else { return nil }
        func instant(_ column: String) throws -> Date? {
            try row.decode(column: column, as: Int64?.self).map { Date(timeIntervalSince1970: TimeInterval($0)) }
        }
        let representatives = try row.decode(column: "representatives", as: String.self)
        let sealed = try row.decode(column: "sealed", as: String?.self)
        return BookingRecord(
            reference: try row.decode(column: "reference", as: String.self),
            sessionID: try row.decode(column: "session_id", as: String.self),
            slotID: try row.decode(column: "slot_id", as: String?.self),
            slotStartsAt: try instant("slot_starts_at"),
            slotEndsAt: try instant("slot_ends_at"),
            status: BookingStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .confirmed,
            subject: try row.decode(column: "subject", as: String.self),
            summary: try row.decode(column: "summary", as: String.self),
            groupSize: try row.decode(column: "group_size", as: Int.self),
            representatives: representatives.isEmpty ? [] : representatives.split(separator: "\n").map(String.init),
            name: sealed == nil ? try row.decode(column: "name", as: String.self) : DenouncerSecrecy.label,
            phone: try row.decode(column: "phone", as: String.self),
            email: try row.decode(column: "email", as: String?.self),
            idNumber: try row.decode(column: "id_number", as: String?.self),
            address: try row.decode(column: "address", as: String?.self),
            channel: try row.decode(column: "channel", as: String.self),
            createdAt: try instant("created_at") ?? Date(),
            checkedInAt: try instant("checked_in_at"),
            outcome: try row.decode(column: "outcome", as: String?.self).flatMap(VisitOutcome.init(rawValue:)),
            outcomeDetail: try row.decode(column: "outcome_detail", as: String?.self),
            category: try row.decode(column: "category", as: String?.self).flatMap(CaseCategory.init(rawValue:)),
            handledBefore: try row.decode(column: "handled_before", as: String?.self),
            attendance: SessionMode(rawValue: try row.decode(column: "attend_mode", as: String.self)) ?? .inPerson,
            sealedIdentity: sealed,
            sensitive: try row.decode(column: "sealed_text", as: String?.self) != nil,
            messagesConsent: try row.decode(column: "messages_consent", as: Int.self) > 0,
            // Bookings made before the choice existed were told on their phone, which every one of them gave.
            replyChannel: try row.decode(column: "reply_channel", as: String?.self).flatMap(ReplyChannel.init(rawValue:)) ?? .zalo
        )
    }
}

extension BookingRepository {
    /// The day's list for staff: every booking of the session with personal data, seats first
    /// in slot order, then the waiting list in its order, then cancellations.
    public func bookings(session: String) async throws -> [BookingRecord] {
        try await store.read { database in
            let references = try await database.raw(
                """
                SELECT b.reference FROM bookings b LEFT JOIN booking_slots s ON s.id = b.slot_id
                WHERE b.session_id = \(bind: session)
                ORDER BY CASE b.status WHEN 'confirmed' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END, s.starts_at, b.queue_position
                """
            ).all().map { try $0.decode(column: "reference", as: String.self) }
            var records: [BookingRecord] = []
            for reference in references {
                if let record = try await Self.record(reference: reference, on: database) { records.append(record) }
            }
            return records
        }
    }
}
