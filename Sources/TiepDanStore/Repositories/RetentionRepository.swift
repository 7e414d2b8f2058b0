import Foundation
import SQLKit
public import TiepDanCore

/// The records whose retention period has passed, and their anonymisation: the same erasure a deletion request
/// carries out (`PersonalDataRepository.erase`), so the rows and every count stay. An erased record is never chosen
/// again.
public struct RetentionRepository: Sendable {
    let store: any Store

    /// A repository over `store`.
    public init(store: any Store) {
        self.store = store
    }

    /// The statuses of a case that has ended.
    static let closed = QuestionStatus.allCases.filter { !$0.isOpen }.map(\.rawValue)

    /// Up to `limit` references of `kind` whose period ended before `cutoff`; for notices, their ids. None for the
    /// kinds the database holds nothing personal of (recordings are files elsewhere; survey answers are anonymous;
    /// logs go to the journal).
    public func due(_ kind: RetentionKind, before cutoff: Date, limit: Int) async throws -> [String] {
        let stamp = Int64(cutoff.timeIntervalSince1970)
        let sql: SQLQueryString
        switch kind {
        case .bookingNotAttended:
            sql = """
                SELECT b.reference AS id FROM bookings b JOIN sessions s ON s.id = b.session_id
                WHERE b.checked_in_at IS NULL AND s.starts_at < \(bind: stamp) AND b.phone_key NOT LIKE 'erased:%'
                ORDER BY s.starts_at LIMIT \(bind: limit)
                """
        case .register:
            sql = """
                SELECT reference AS id FROM bookings
                WHERE checked_in_at IS NOT NULL AND checked_in_at < \(bind: stamp) AND phone_key NOT LIKE 'erased:%'
                ORDER BY checked_in_at LIMIT \(bind: limit)
                """
        case .closedCase, .closedComplaint:
            let categories: [String] =
                kind == .closedComplaint
                ? [CaseCategory.complaint.rawValue, CaseCategory.denunciation.rawValue]
                : CaseCategory.allCases.filter { $0 != .complaint && $0 != .denunciation }.map(\.rawValue)
            sql = """
                SELECT reference AS id FROM questions
                WHERE status IN (\(binds: Self.closed)) AND category IN (\(binds: categories)) AND updated_at < \(bind: stamp)
                  AND token_hash NOT LIKE 'erased:%'
                ORDER BY updated_at LIMIT \(bind: limit)
                """
        case .notice:
            sql = """
                SELECT id FROM notifications WHERE status IN ('sent', 'failed') AND created_at < \(bind: stamp)
                ORDER BY created_at LIMIT \(bind: limit)
                """
        case .recording, .surveyAnswer, .log:
            return []
        }
        return try await store.read { database in
            try await database.raw(sql).all().map { try $0.decode(column: "id", as: String.self) }
        }
    }

    /// Anonymises the records of `kind` named (deletes the notices), in one transaction; returns how many.
    public func apply(_ kind: RetentionKind, _ ids: [String], now: Date) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        let engine = store.engine
        return try await store.transaction { database in
            switch kind {
            case .bookingNotAttended, .register:
                // Each record with its own person's names, so one citizen's name never masks another's text.
                for id in ids {
                    let names = try await database.raw(
                        "SELECT name FROM booking_citizens WHERE reference = \(bind: id) AND sealed IS NULL"
                    ).all().map { try $0.decode(column: "name", as: String.self) }
                    try await PersonalDataRepository.erase(
                        bookings: [id],
                        questions: [],
                        names: names,
                        actor: "retention",
                        now: now,
                        engine: engine,
                        on: database
                    )
                }
            case .closedCase, .closedComplaint:
                for id in ids {
                    let names = try await database.raw(
                        "SELECT name FROM question_citizens WHERE reference = \(bind: id) AND name IS NOT NULL"
                    ).all().map { try $0.decode(column: "name", as: String.self) }
                    try await PersonalDataRepository.erase(
                        bookings: [],
                        questions: [id],
                        names: names,
                        actor: "retention",
                        now: now,
                        engine: engine,
                        mergingIndex: false,
                        on: database
                    )
                }
                if engine == .sqlite { try await PersonalDataRepository.mergeIndex(on: database) }
            case .notice:
                try await database.raw("DELETE FROM notifications WHERE id IN (\(binds: ids))").run()
            case .recording, .surveyAnswer, .log:
                return 0
            }
            return ids.count
        }
    }
}
