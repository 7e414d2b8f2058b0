import Foundation
import SQLKit
public import TiepDanCore

/// Counts the periodic report's figures from the records, one organisation at a time.
public struct ReceptionReportRepository: Sendable {
    let store: any Store

    /// A repository over `store`.
    public init(store: any Store) {
        self.store = store
    }

    /// The figures of `organisationID` for the days `first` through `last` in `zone`.
    public func counts(organisationID: String, first: CivilDate, last: CivilDate, zone: TimeZone) async throws -> ReceptionCounts {
        let clock = ZoneClock(zone)
        let from = Int64(clock.instant(first, minutes: 0).timeIntervalSince1970)
        let to = Int64(clock.instant(last.adding(days: 1), minutes: 0).timeIntervalSince1970)
        return try await store.read { database in
            var counts = ReceptionCounts()
            for row in try await database.raw(
                """
                SELECT rule_id, mode FROM sessions
                WHERE organisation_id = \(bind: organisationID) AND kind = 'reception' AND status = 'held'
                  AND starts_at >= \(bind: from) AND starts_at < \(bind: to)
                """
            ).all() {
                counts.sessionsHeld += 1
                if try row.decode(column: "rule_id", as: String?.self) != nil { counts.sessionsPeriodic += 1 } else { counts.sessionsAdHoc += 1 }
                if try row.decode(column: "mode", as: String.self) != "in_person" { counts.sessionsOnline += 1 }
            }
            for row in try await database.raw(
                """
                SELECT b.group_size, b.category, b.outcome, c.representatives
                FROM bookings b JOIN sessions s ON s.id = b.session_id JOIN booking_citizens c ON c.reference = b.reference
                WHERE s.organisation_id = \(bind: organisationID) AND b.checked_in_at >= \(bind: from) AND b.checked_in_at < \(bind: to)
                """
            ).all() {
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
            for row in try await database.raw(
                """
                SELECT category FROM questions
                WHERE organisation_id = \(bind: organisationID) AND created_at >= \(bind: from) AND created_at < \(bind: to)
                  AND status <> 'merged'
                """
            ).all() {
                counts.questionsReceived += 1
                counts.questionsByCategory[try row.decode(column: "category", as: String.self), default: 0] += 1
            }
            for row in try await database.raw(
                """
                SELECT published_at, due_date FROM questions
                WHERE organisation_id = \(bind: organisationID) AND published_at >= \(bind: from) AND published_at < \(bind: to)
                """
            ).all() {
                counts.questionsAnswered += 1
                let day = clock.day(of: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "published_at", as: Int64.self))))
                if let due = CivilDate(iso: try row.decode(column: "due_date", as: String.self)), day <= due { counts.questionsAnsweredOnTime += 1 }
            }
            for row in try await database.raw(
                """
                SELECT done_at, due_date FROM commitments
                WHERE organisation_id = \(bind: organisationID) AND status = 'done' AND done_at >= \(bind: from) AND done_at < \(bind: to)
                """
            ).all() {
                counts.commitmentsDone += 1
                let day = clock.day(of: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "done_at", as: Int64.self))))
                if let due = CivilDate(iso: try row.decode(column: "due_date", as: String.self)), day <= due { counts.commitmentsDoneOnTime += 1 }
            }
            return counts
        }
    }
}
