import Foundation
import SQLKit
public import TiepDanCore

extension CommitmentRepository {
    /// Queues the reminders due at `now`: one `workingDaysBefore` working days before each open
    /// commitment's deadline, one on the first day it is overdue. Each reminder is claimed by
    /// inserting its row in `commitment_reminders`; the primary key lets exactly one insert win
    /// however many instances run the job at once, and the notice is queued in the winner's
    /// transaction. Returns how many this call queued.
    public func queueReminders(now: Date, workingDaysBefore: Int, calendar: HolidayCalendar) async throws -> Int {
        let candidates: [(CommitmentRecord, TimeZone)] = try await store.read { database in
            let zones = Dictionary(
                uniqueKeysWithValues: try await database.raw("SELECT id, time_zone FROM organisations").all().map {
                    (
                        try $0.decode(column: "id", as: String.self),
                        Organisation.zone(named: try $0.decode(column: "time_zone", as: String.self))
                    )
                }
            )
            return try await database.raw(
                """
                SELECT \(unsafeRaw: Self.columns) FROM commitments WHERE status IN ('open', 'in_progress') ORDER BY id
                """
            ).all().map { row in
                let record = try Self.record(from: row)
                return (record, zones[record.organisationID] ?? RFC3339.vietnam)
            }
        }
        var queued = 0
        for (commitment, zone) in candidates {
            let clock = CommitmentClock(zone: zone, calendar: calendar)
            let today = ZoneClock(zone).day(of: now)
            let deadline = clock.deadline(due: commitment.dueDate)
            let reminder: (kind: String, day: CivilDate)
            if today > deadline {
                reminder = ("overdue", deadline.adding(days: 1))
            } else if today >= clock.reminderDay(due: commitment.dueDate, workingDaysBefore: workingDaysBefore) {
                reminder = ("before", clock.reminderDay(due: commitment.dueDate, workingDaysBefore: workingDaysBefore))
            } else {
                continue
            }
            let won = try await store.transaction { database -> Bool in
                let claimed = try await database.raw(
                    """
                    INSERT INTO commitment_reminders (commitment_id, kind, day, sent_at)
                    VALUES (\(bind: commitment.id), \(bind: reminder.kind), \(bind: reminder.day.description), \(bind: Int64(now.timeIntervalSince1970)))
                    ON CONFLICT (commitment_id, kind, day) DO NOTHING RETURNING commitment_id
                    """
                ).first()
                guard claimed != nil else { return false }
                let due = DocumentDate.short(deadline)
                let subject =
                    reminder.kind == "overdue"
                    ? "Cam kết \(commitment.id) đã quá hạn (\(due)) / Commitment overdue"
                    : "Cam kết \(commitment.id) đến hạn ngày \(due) / Commitment due soon"
                try await NotificationOutbox.enqueue(
                    OutgoingNotice(
                        channel: .staff,
                        recipient: commitment.ownerID,
                        subject: subject,
                        body: "\(commitment.text)\nTiến độ / progress: \(commitment.progress)%",
                        aboutKind: "commitment",
                        aboutID: commitment.id
                    ),
                    now: now,
                    on: database
                )
                return true
            }
            if won { queued += 1 }
        }
        return queued
    }
}
