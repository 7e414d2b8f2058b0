import Foundation
import SQLKit
public import TiepDanCore

extension QuestionRepository {
    /// Queues the staff notice of `kind` about `record`: to its department when it has one, else to its organisation's
    /// secretariat. A sensitive question or a denunciation is named by its reference only.
    static func tellStaff(
        _ record: QuestionRecord,
        _ kind: StaffNoticeKind,
        composer: any NoticeComposer,
        now: Date,
        on database: any SQLDatabase
    ) async throws {
        let unit: (recipient: String, name: String)
        if let department = record.departmentID,
            let name = try await database.raw("SELECT name FROM departments WHERE id = \(bind: department)").first()?
                .decode(column: "name", as: String.self)
        {
            unit = ("department:" + department, name)
        } else {
            let name = try await database.raw("SELECT name FROM organisations WHERE id = \(bind: record.organisationID)").first()?
                .decode(column: "name", as: String.self)
            unit = ("organisation:" + record.organisationID, name ?? record.organisationID)
        }
        let facts = StaffNoticeFacts(
            kind: kind,
            reference: record.reference,
            subject: record.sensitive || record.category == .denunciation ? "" : record.subject,
            recipient: unit.recipient,
            unitName: unit.name,
            due: DocumentDate.short(record.dueDate)
        )
        for notice in composer.notices(for: facts) {
            try await NotificationOutbox.enqueue(notice, now: now, on: database)
        }
    }

    /// Queues the staff notices of deadlines coming due at `now`: `workingDaysBefore` working days before an open
    /// question's legal due date, and the working day after it passed. Each is claimed by inserting its row in
    /// `question_due_notices` (per due date, so an extended deadline is told again): exactly one instance wins however
    /// many run the job. Returns how many were claimed.
    public func queueDueNotices(now: Date, workingDaysBefore: Int, calendar: HolidayCalendar, composer: any NoticeComposer) async throws -> Int {
        let open = QuestionStatus.allCases.filter(\.isOpen).map(\.rawValue)
        // Only questions due soon enough to be told of, and not yet told the last thing there is to tell: the job runs
        // every minute, and an overdue question stays open for weeks.
        let horizon = ZoneClock(RFC3339.vietnam).day(of: now).adding(days: 2 * max(0, workingDaysBefore) + 16).description
        let candidates: [(reference: String, due: CivilDate, zone: TimeZone, soonTold: Bool)] = try await store.read { database in
            try await database.raw(
                """
                SELECT q.reference, q.due_date, o.time_zone,
                    (SELECT COUNT(*) FROM question_due_notices n WHERE n.reference = q.reference AND n.due_date = q.due_date
                        AND n.kind = \(bind: StaffNoticeKind.questionDueSoon.rawValue)) AS soon_told
                FROM questions q JOIN organisations o ON o.id = q.organisation_id
                WHERE q.status IN (\(binds: open)) AND q.clock_stopped_on IS NULL AND q.due_date <= \(bind: horizon)
                  AND NOT EXISTS (SELECT 1 FROM question_due_notices n WHERE n.reference = q.reference AND n.due_date = q.due_date
                      AND n.kind = \(bind: StaffNoticeKind.questionOverdue.rawValue))
                ORDER BY q.due_date, q.reference
                """
            ).all().compactMap { row in
                guard let due = CivilDate(iso: try row.decode(column: "due_date", as: String.self)) else { return nil }
                return (
                    try row.decode(column: "reference", as: String.self), due,
                    Organisation.zone(named: try row.decode(column: "time_zone", as: String.self)),
                    try row.decode(column: "soon_told", as: Int.self) > 0
                )
            }
        }
        var claimed = 0
        for candidate in candidates {
            let clock = ZoneClock(candidate.zone)
            let today = clock.day(of: now)
            var soon = candidate.due
            for _ in 0..<max(0, workingDaysBefore) { soon = calendar.workingDay(onOrBefore: soon.adding(days: -1)) }
            let overdue = calendar.workingDay(onOrAfter: candidate.due.adding(days: 1))
            var due: [StaffNoticeKind] = []
            // Past the moment the deadline was near but not yet past it: once the overdue notice is due, the near one
            // is no news.
            if today >= overdue {
                due.append(.questionOverdue)
            } else if workingDaysBefore > 0, today >= soon, !candidate.soonTold {
                due.append(.questionDueSoon)
            }
            for kind in due {
                let won = try await store.transaction { database -> Bool in
                    let row = try await database.raw(
                        """
                        INSERT INTO question_due_notices (reference, due_date, kind, sent_at)
                        VALUES (\(bind: candidate.reference), \(bind: candidate.due.description), \(bind: kind.rawValue),
                            \(bind: Int64(now.timeIntervalSince1970)))
                        ON CONFLICT (reference, due_date, kind) DO NOTHING RETURNING reference
                        """
                    ).first()
                    guard row != nil, let record = try await Self.record(candidate.reference, on: database) else { return false }
                    try await Self.tellStaff(record, kind, composer: composer, now: now, on: database)
                    return true
                }
                if won { claimed += 1 }
            }
        }
        return claimed
    }
}
