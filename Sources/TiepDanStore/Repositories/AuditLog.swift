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

    /// Records many entries together (a schedule sync's thousands of sessions), in their order.
    public static func append(contentsOf entries: [AuditEntry], on database: any SQLDatabase) async throws {
        try await batch.run(entries, on: database) { entry in
            [
                .integer(Int64(entry.at.timeIntervalSince1970)), .text(entry.actor), .text(entry.entityKind), .text(entry.entityID),
                .text(entry.action), .text(entry.before), .text(entry.after),
            ]
        }
    }

    private static let batch = BatchInsert(
        table: "audit_log",
        columns: ["at", "actor", "entity_kind", "entity_id", "action", "before_json", "after_json"]
    )

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
