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
            for leader in session.leaderIDs {
                if let clash = try await database.raw("""
                    SELECT id FROM sessions
                    WHERE status <> 'cancelled' AND starts_at < \(bind: row.endsAt) AND ends_at > \(bind: row.startsAt)
                      AND ',' || leader_ids || ',' LIKE \(bind: "%," + leader + ",%")
                    LIMIT 1
                    """).first() {
                    throw AdHocSessionError.leaderBusy(leaderID: leader, sessionID: try clash.decode(column: "id", as: String.self))
                }
            }
            let stamp = Int64(session.updatedAt.timeIntervalSince1970)
            try await row.insert(stamp: stamp, source: "staff", on: database)
            try await AuditLog.append(
                AuditEntry(at: session.updatedAt, actor: actor, entityKind: "session", entityID: session.id,
                           action: "create", after: row.hash),
                on: database)
        }
    }
}
