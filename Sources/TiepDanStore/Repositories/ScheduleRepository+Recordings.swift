import Foundation
import SQLKit
public import TiepDanCore

extension ScheduleRepository {
    /// Registers a recording of session `id` as the next in its list, audited; nil when there is no such session.
    public func addRecording(
        sessionID id: String,
        uri: String,
        sha256: String,
        startedAt: Date,
        durationSeconds: Int,
        actor: String,
        now: Date
    ) async throws -> SessionRecording? {
        try await storeTransaction { database in
            guard try await database.raw("SELECT id FROM sessions WHERE id = \(bind: id)").first() != nil else { return nil }
            let position =
                try await database.raw("SELECT COALESCE(MAX(position), 0) + 1 AS next FROM session_recordings WHERE session_id = \(bind: id)")
                .first()?.decode(column: "next", as: Int.self) ?? 1
            let recording = SessionRecording(
                sessionID: id,
                position: position,
                uri: uri,
                sha256: sha256,
                startedAt: startedAt,
                durationSeconds: durationSeconds
            )
            try await database.raw(
                """
                INSERT INTO session_recordings (session_id, position, uri, sha256, started_at, duration_seconds, created_by, created_at)
                VALUES (\(bind: id), \(bind: position), \(bind: uri), \(bind: sha256), \(bind: Int64(startedAt.timeIntervalSince1970)),
                    \(bind: durationSeconds), \(bind: actor), \(bind: Int64(now.timeIntervalSince1970)))
                """
            ).run()
            try await AuditLog.append(
                AuditEntry(
                    at: now,
                    actor: actor,
                    entityKind: "session",
                    entityID: id,
                    action: "recording",
                    before: nil,
                    after: AuditEntry.json(["position": String(position), "uri": uri, "sha256": sha256])
                ),
                on: database
            )
            return recording
        }
    }

    /// The recordings registered on session `id`, in order.
    public func recordings(sessionID id: String) async throws -> [SessionRecording] {
        try await storeRead { database in
            try await database.raw(
                """
                SELECT position, uri, sha256, started_at, duration_seconds FROM session_recordings
                WHERE session_id = \(bind: id) ORDER BY position
                """
            ).all().map { row in
                SessionRecording(
                    sessionID: id,
                    position: try row.decode(column: "position", as: Int.self),
                    uri: try row.decode(column: "uri", as: String.self),
                    sha256: try row.decode(column: "sha256", as: String.self),
                    startedAt: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "started_at", as: Int64.self))),
                    durationSeconds: try row.decode(column: "duration_seconds", as: Int.self)
                )
            }
        }
    }
}
