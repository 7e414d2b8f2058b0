import Foundation
import SQLKit
public import TiepDanCore

/// Why an ad-hoc session cannot be created as asked.
public enum AdHocSessionError: Error, Equatable {
    /// A leader already has a session that overlaps; carries the leader and that session.
    case leaderBusy(leaderID: String, sessionID: String)
}

extension ScheduleRepository {
    /// Stores an ad-hoc session created by staff (source `staff`: schedule files never touch it),
    /// refusing one that overlaps another session of the same leader, and audits it.
    public func createAdHoc(_ session: ScheduledSession, actor: String) async throws {
        let row = SessionRow(session: session)
        try await storeTransaction { database in
            if let clash = try await Self.leaderClash(session.leaderIDs, startsAt: row.startsAt, endsAt: row.endsAt, on: database) {
                throw AdHocSessionError.leaderBusy(leaderID: clash.leaderID, sessionID: clash.sessionID)
            }
            let stamp = Int64(session.updatedAt.timeIntervalSince1970)
            try await row.insert(stamp: stamp, source: "staff", on: database)
            try await AuditLog.append(
                AuditEntry(
                    at: session.updatedAt,
                    actor: actor,
                    entityKind: "session",
                    entityID: session.id,
                    action: "create",
                    after: row.hash
                ),
                on: database
            )
        }
    }

    /// The first other session of one of `leaders` that overlaps `startsAt..<endsAt`.
    static func leaderClash(
        _ leaders: [String],
        startsAt: Int64,
        endsAt: Int64,
        excluding: String? = nil,
        on database: any SQLDatabase
    ) async throws -> (leaderID: String, sessionID: String)? {
        for leader in leaders {
            if let clash = try await database.raw(
                """
                SELECT id FROM sessions
                WHERE status <> 'cancelled' AND starts_at < \(bind: endsAt) AND ends_at > \(bind: startsAt)
                  AND id <> \(bind: excluding ?? "")
                  AND ',' || leader_ids || ',' LIKE \(bind: "%," + leader + ",%")
                LIMIT 1
                """
            ).first() {
                return (leader, try clash.decode(column: "id", as: String.self))
            }
        }
        return nil
    }
}
