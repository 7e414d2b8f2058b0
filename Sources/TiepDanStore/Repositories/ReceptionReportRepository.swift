import Foundation
import SQLKit
public import TiepDanCore

/// Counts the periodic report's figures from the records, for many organisations in a few statements.
public struct ReceptionReportRepository: Sendable {
    let store: any Store

    /// A repository over `store`.
    public init(store: any Store) {
        self.store = store
    }

    /// The figures of each of `organisationIDs` (every one present, zero when it had nothing) for the days `first`
    /// through `last` in `zone`: a province's report counts its hundred communes in five statements per slice of
    /// organisations, not five per commune.
    public func counts(organisationIDs: [String], first: CivilDate, last: CivilDate, zone: TimeZone) async throws -> [String: ReceptionCounts] {
        let clock = ZoneClock(zone)
        let from = Int64(clock.instant(first, minutes: 0).timeIntervalSince1970)
        let to = Int64(clock.instant(last.adding(days: 1), minutes: 0).timeIntervalSince1970)
        return try await store.read { database in
            var counts = Dictionary(organisationIDs.map { ($0, ReceptionCounts()) }, uniquingKeysWith: { first, _ in first })
            for ids in organisationIDs.bindSlices {
                try await Self.count(ids, from: from, to: to, clock: clock, into: &counts, on: database)
            }
            return counts
        }
    }

    private static func count(
        _ ids: [String],
        from: Int64,
        to: Int64,
        clock: ZoneClock,
        into counts: inout [String: ReceptionCounts],
        on database: any SQLDatabase
    ) async throws {
        /// Each row of `query` adds to the figures of its `organisation_id`.
        func tally(_ query: SQLQueryString, _ add: (any SQLRow, inout ReceptionCounts) throws -> Void) async throws {
            for row in try await database.raw(query).all() {
                try add(row, &counts[try row.decode(column: "organisation_id", as: String.self), default: ReceptionCounts()])
            }
        }
        /// Whether the row's instant `column` fell, as a local day, on or before its `due_date`.
        func onTime(_ row: any SQLRow, _ column: String) throws -> Bool {
            let day = clock.day(of: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: column, as: Int64.self))))
            return CivilDate(iso: try row.decode(column: "due_date", as: String.self)).map { day <= $0 } ?? false
        }
        try await tally(
            """
            SELECT organisation_id, rule_id, mode FROM sessions
            WHERE organisation_id IN (\(binds: ids)) AND kind = 'reception' AND status = 'held'
              AND starts_at >= \(bind: from) AND starts_at < \(bind: to)
            """
        ) { row, counts in
            counts.sessionsHeld += 1
            if try row.decode(column: "rule_id", as: String?.self) != nil { counts.sessionsPeriodic += 1 } else { counts.sessionsAdHoc += 1 }
            if try row.decode(column: "mode", as: String.self) != "in_person" { counts.sessionsOnline += 1 }
        }
        try await tally(
            """
            SELECT s.organisation_id, b.group_size, b.category, b.outcome, c.representatives
            FROM bookings b JOIN sessions s ON s.id = b.session_id JOIN booking_citizens c ON c.reference = b.reference
            WHERE s.organisation_id IN (\(binds: ids)) AND b.checked_in_at >= \(bind: from) AND b.checked_in_at < \(bind: to)
            """
        ) { row, counts in
            let size = try row.decode(column: "group_size", as: Int.self)
            counts.visits += 1
            counts.people += size
            if size >= GroupRepresentation.standard.groupSize {
                counts.groups += 1
                counts.representatives += try row.decode(column: "representatives", as: String.self)
                    .split(whereSeparator: \.isNewline).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count
            }
            if let category = try row.decode(column: "category", as: String?.self) { counts.visitsByCategory[category, default: 0] += 1 }
            if let outcome = try row.decode(column: "outcome", as: String?.self) { counts.visitsByOutcome[outcome, default: 0] += 1 }
        }
        try await tally(
            """
            SELECT organisation_id, category FROM questions
            WHERE organisation_id IN (\(binds: ids)) AND created_at >= \(bind: from) AND created_at < \(bind: to)
              AND status <> 'merged'
            """
        ) { row, counts in
            counts.questionsReceived += 1
            counts.questionsByCategory[try row.decode(column: "category", as: String.self), default: 0] += 1
        }
        try await tally(
            """
            SELECT organisation_id, published_at, due_date FROM questions
            WHERE organisation_id IN (\(binds: ids)) AND published_at >= \(bind: from) AND published_at < \(bind: to)
            """
        ) { row, counts in
            counts.questionsAnswered += 1
            if try onTime(row, "published_at") { counts.questionsAnsweredOnTime += 1 }
        }
        try await tally(
            """
            SELECT organisation_id, done_at, due_date FROM commitments
            WHERE organisation_id IN (\(binds: ids)) AND status = 'done' AND done_at >= \(bind: from) AND done_at < \(bind: to)
            """
        ) { row, counts in
            counts.commitmentsDone += 1
            if try onTime(row, "done_at") { counts.commitmentsDoneOnTime += 1 }
        }
    }
}
