import Foundation
public import SQLKit
public import TiepDanCore

/// The append-only audit trail. Every change to a booking, question, answer, commitment,
/// minutes or user goes through `append`, inside the same transaction as the change.
public enum AuditLog {
    /// Records `entry` on the transaction's connection, so it lands exactly when the change does.
    public static func append(_ entry: AuditEntry, on database: any SQLDatabase) async throws {
        try await database.raw(
            """
            INSERT INTO audit_log (at, actor, entity_kind, entity_id, action, before_json, after_json)
            VALUES (\(bind: Int64(entry.at.timeIntervalSince1970)), \(bind: entry.actor),
                    \(bind: entry.entityKind), \(bind: entry.entityID), \(bind: entry.action),
                    \(bind: entry.before), \(bind: entry.after))
            """
        ).run()
    }

    /// Records many entries in few statements (a schedule sync's thousands of sessions), in their order: on SQLite as
    /// one JSON text per thousand unpacked by `json_each`, elsewhere a few hundred rows of binds to a statement.
    public static func append(contentsOf entries: [AuditEntry], on database: any SQLDatabase) async throws {
        if database.dialect.name == "sqlite" {
            for start in stride(from: 0, to: entries.count, by: 1000) {
                var batch = JSONRows()
                for entry in entries[start..<min(start + 1000, entries.count)] {
                    batch.append([
                        .integer(Int64(entry.at.timeIntervalSince1970)), .text(entry.actor), .text(entry.entityKind), .text(entry.entityID),
                        .text(entry.action), .text(entry.before), .text(entry.after),
                    ])
                }
                let json = batch.json
                try await database.raw(
                    """
                    INSERT INTO audit_log (at, actor, entity_kind, entity_id, action, before_json, after_json)
                    SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6
                    FROM json_each(\(bind: json))
                    """
                ).run()
            }
            return
        }
        // 7 binds a row: a chunk stays far below PostgreSQL's limit on binds in one statement.
        for start in stride(from: 0, to: entries.count, by: 500) {
            let rows = entries[start..<min(start + 500, entries.count)].map { entry -> SQLQueryString in
                """
                (\(bind: Int64(entry.at.timeIntervalSince1970)), \(bind: entry.actor), \(bind: entry.entityKind), \(bind: entry.entityID),
                 \(bind: entry.action), \(bind: entry.before), \(bind: entry.after))
                """
            }
            try await database.raw(
                "INSERT INTO audit_log (at, actor, entity_kind, entity_id, action, before_json, after_json) VALUES "
                    + rows.joined(separator: ", ")
            ).run()
        }
    }

    /// The trail of one thing, oldest first.
    public static func trail(
        kind: String,
        id: String,
        offset: Int = 0,
        limit: Int = 500,
        on database: any SQLDatabase
    ) async throws -> [AuditEntry] {
        try await database.raw(
            """
            SELECT at, actor, entity_kind, entity_id, action, before_json, after_json
            FROM audit_log WHERE entity_kind = \(bind: kind) AND entity_id = \(bind: id)
            ORDER BY seq LIMIT \(bind: limit) OFFSET \(bind: offset)
            """
        ).all().map { row in
            AuditEntry(
                at: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "at", as: Int64.self))),
                actor: try row.decode(column: "actor", as: String.self),
                entityKind: try row.decode(column: "entity_kind", as: String.self),
                entityID: try row.decode(column: "entity_id", as: String.self),
                action: try row.decode(column: "action", as: String.self),
                before: try row.decode(column: "before_json", as: String?.self),
                after: try row.decode(column: "after_json", as: String?.self)
            )
        }
    }
}
