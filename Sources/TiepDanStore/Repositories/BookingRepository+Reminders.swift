import Foundation
import SQLKit
public import TiepDanCore

extension BookingRepository {
    /// Queues the booking reminders due at `now` (`ReminderRule`) for confirmed bookings of sessions still to come. Each
    /// is claimed by inserting its row in `booking_reminders`: the primary key lets exactly one insert win however many
    /// instances run the job at once, and the notice is queued in the winner's transaction. A reminder whose moment
    /// passed while the service was down is still sent, unless the session has begun. An organisation's own quiet hours
    /// (`organisation.quiet_hours`) replace the rule's. Returns how many were claimed.
    public func queueReminders(now: Date, rule: ReminderRule, calendar: HolidayCalendar, composer: any NoticeComposer) async throws -> Int {
        // Far enough ahead for the working days before, across the longest run of days off (Tết).
        let horizon = now.addingTimeInterval(TimeInterval((rule.workingDays + 14) * 86_400 + rule.hours * 3600))
        let candidates: [(reference: String, startsAt: Date, zone: TimeZone, quiet: QuietHours?, told: Set<String>)] = try await storeRead {
            database in
            try await database.raw(
                """
                SELECT b.reference, COALESCE(t.starts_at, s.starts_at) AS starts_at, o.time_zone, o.quiet_hours,
                    (SELECT COUNT(*) FROM booking_reminders r WHERE r.reference = b.reference AND r.kind = 'days') AS days_told,
                    (SELECT COUNT(*) FROM booking_reminders r WHERE r.reference = b.reference AND r.kind = 'hours') AS hours_told
                FROM bookings b JOIN sessions s ON s.id = b.session_id JOIN organisations o ON o.id = s.organisation_id
                LEFT JOIN booking_slots t ON t.id = b.slot_id
                WHERE b.status = 'confirmed' AND s.status IN ('scheduled', 'postponed')
                  AND s.starts_at > \(bind: Int64(now.timeIntervalSince1970)) AND s.starts_at <= \(bind: Int64(horizon.timeIntervalSince1970))
                ORDER BY s.starts_at, b.reference
                """
            ).all().map { row in
                (
                    try row.decode(column: "reference", as: String.self),
                    Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "starts_at", as: Int64.self))),
                    Organisation.zone(named: try row.decode(column: "time_zone", as: String.self)),
                    try row.decode(column: "quiet_hours", as: String?.self).flatMap(QuietHours.init(parsing:)),
                    // What was claimed before is not claimed again every minute until the session.
                    Set(
                        [("days", try row.decode(column: "days_told", as: Int.self)), ("hours", try row.decode(column: "hours_told", as: Int.self))]
                            .filter { $0.1 > 0 }.map(\.0)
                    )
                )
            }
        }
        var claimed = 0
        for candidate in candidates {
            var rule = rule
            if let quiet = candidate.quiet { rule.quiet = quiet }
            for moment in rule.moments(sessionStart: candidate.startsAt, zone: candidate.zone, calendar: calendar)
            where moment.at <= now && now < candidate.startsAt && !candidate.told.contains(moment.kind) {
                let won = try await storeTransaction { database -> Bool in
                    let row = try await database.raw(
                        """
                        INSERT INTO booking_reminders (reference, kind, sent_at)
                        VALUES (\(bind: candidate.reference), \(bind: moment.kind), \(bind: Int64(now.timeIntervalSince1970)))
                        ON CONFLICT (reference, kind) DO NOTHING RETURNING reference
                        """
                    ).first()
                    guard row != nil else { return false }
                    try await Self.notify(candidate.reference, of: .reminder, composer: composer, now: now, on: database)
                    return true
                }
                if won { claimed += 1 }
            }
        }
        return claimed
    }
}
