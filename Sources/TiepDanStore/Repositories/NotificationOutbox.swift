import Foundation
import SQLKit
public import TiepDanCore

/// The outbox of notices. A change queues its notices in its own transaction (`enqueue`), and the
/// delivery worker claims due ones, sends them, and records the result. A claim is a guarded
/// update (`WHERE claimed_until < now`), so two workers on two instances never send the same
/// notice at the same time; a worker that dies mid-send leaves a claim that expires, and the
/// notice is sent again: delivery is at least once.
public struct NotificationOutbox: Sendable {
    private let store: any Store

    /// An outbox over `store`.
    public init(store: any Store) {
        self.store = store
    }

    /// Queues `notice` on the caller's transaction; returns its id.
    @discardableResult
    public static func enqueue(_ notice: OutgoingNotice, now: Date, on database: any SQLDatabase) async throws -> String {
        let id = "N-" + SecureRandom.hex(bytes: 10)
        let stamp = Int64(now.timeIntervalSince1970)
        let data: String? =
            notice.templateData.isEmpty
            ? nil : AuditEntry.json(notice.templateData)
        try await database.raw(
            """
            INSERT INTO notifications (id, channel, recipient, subject, body, attachment_name, attachment_type, attachment,
                about_kind, about_id, status, attempts, next_attempt_at, created_at, kind, template_data)
            VALUES (\(bind: id), \(bind: notice.channel.rawValue), \(bind: notice.recipient), \(bind: notice.subject),
                \(bind: notice.body), \(bind: notice.attachment?.filename), \(bind: notice.attachment?.mediaType),
                \(bind: notice.attachment?.content), \(bind: notice.aboutKind), \(bind: notice.aboutID), 'pending', 0,
                \(bind: stamp), \(bind: stamp), \(bind: notice.kind), \(bind: data))
            """
        ).run()
        return id
    }

    /// Claims up to `limit` notices that are due, each for `lease`; a notice claimed here is
    /// claimed by no other worker until the lease ends or it is marked.
    public func claimDue(now: Date, limit: Int, lease: TimeInterval) async throws -> [QueuedNotice] {
        let stamp = Int64(now.timeIntervalSince1970)
        let until = stamp + Int64(lease)
        return try await store.transaction { database in
            let candidates = try await database.raw(
                """
                SELECT id FROM notifications
                WHERE status = 'pending' AND next_attempt_at <= \(bind: stamp)
                  AND (claimed_until IS NULL OR claimed_until < \(bind: stamp))
                ORDER BY next_attempt_at, created_at LIMIT \(bind: limit)
                """
            ).all().map { try $0.decode(column: "id", as: String.self) }
            var claimed: [QueuedNotice] = []
            for id in candidates {
                if let row = try await database.raw(
                    """
                    UPDATE notifications SET claimed_until = \(bind: until), attempts = attempts + 1
                    WHERE id = \(bind: id) AND status = 'pending' AND (claimed_until IS NULL OR claimed_until < \(bind: stamp))
                    RETURNING \(unsafeRaw: Self.columns)
                    """
                ).first() {
                    claimed.append(try Self.notice(from: row))
                }
            }
            return claimed
        }
    }

    /// Records a delivery.
    public func markSent(_ id: String, now: Date) async throws {
        try await store.transaction { database in
            try await database.raw(
                """
                UPDATE notifications SET status = 'sent', sent_at = \(bind: Int64(now.timeIntervalSince1970)),
                    claimed_until = NULL, last_error = NULL
                WHERE id = \(bind: id)
                """
            ).run()
        }
    }

    /// Records a failed attempt: tried again at `retryAt`, or given up on when it is nil.
    public func markFailed(_ id: String, error: String, retryAt: Date?) async throws {
        try await store.transaction { database in
            if let retryAt {
                try await database.raw(
                    """
                    UPDATE notifications SET next_attempt_at = \(bind: Int64(retryAt.timeIntervalSince1970)),
                        claimed_until = NULL, last_error = \(bind: String(error.prefix(500)))
                    WHERE id = \(bind: id)
                    """
                ).run()
            } else {
                try await database.raw(
                    """
                    UPDATE notifications SET status = 'failed', claimed_until = NULL, last_error = \(bind: String(error.prefix(500)))
                    WHERE id = \(bind: id)
                    """
                ).run()
            }
        }
    }

    /// Every notice about one thing, oldest first: for staff, and for tests.
    public func notices(aboutKind: String, aboutID: String) async throws -> [QueuedNotice] {
        try await store.read { database in
            try await database.raw(
                """
                SELECT \(unsafeRaw: Self.columns) FROM notifications
                WHERE about_kind = \(bind: aboutKind) AND about_id = \(bind: aboutID) ORDER BY created_at, id
                """
            ).all().map(Self.notice(from:))
        }
    }

    /// The notices about each of `aboutIDs`, oldest first, in one read: for a day's list of bookings.
    public func notices(aboutKind: String, aboutIDs: [String]) async throws -> [String: [QueuedNotice]] {
        guard !aboutIDs.isEmpty else { return [:] }
        return try await store.read { database in
            var found: [String: [QueuedNotice]] = [:]
            for row in try await database.raw(
                """
                SELECT \(unsafeRaw: Self.columns) FROM notifications
                WHERE about_kind = \(bind: aboutKind) AND about_id IN (\(binds: aboutIDs)) ORDER BY created_at, id
                """
            ).all() {
                let queued = try Self.notice(from: row)
                found[queued.notice.aboutID, default: []].append(queued)
            }
            return found
        }
    }

    /// How many notices are in each state.
    public func counts() async throws -> [String: Int] {
        try await store.read { database in
            var counts: [String: Int] = [:]
            for row in try await database.raw("SELECT status, COUNT(*) AS n FROM notifications GROUP BY status").all() {
                counts[try row.decode(column: "status", as: String.self)] = try row.decode(column: "n", as: Int.self)
            }
            return counts
        }
    }

    static let columns = """
        id, channel, recipient, subject, body, attachment_name, attachment_type, attachment, about_kind, about_id,
        status, attempts, last_error, created_at, sent_at, kind, template_data
        """

    static func notice(from row: any SQLRow) throws -> QueuedNotice {
        var attachment: NoticeAttachment?
        if let name = try row.decode(column: "attachment_name", as: String?.self) {
            attachment = NoticeAttachment(
                filename: name,
                mediaType: try row.decode(column: "attachment_type", as: String?.self) ?? "text/plain",
                content: try row.decode(column: "attachment", as: String?.self) ?? ""
            )
        }
        return QueuedNotice(
            id: try row.decode(column: "id", as: String.self),
            notice: OutgoingNotice(
                channel: NoticeChannel(rawValue: try row.decode(column: "channel", as: String.self)) ?? .sms,
                recipient: try row.decode(column: "recipient", as: String.self),
                subject: try row.decode(column: "subject", as: String.self),
                body: try row.decode(column: "body", as: String.self),
                attachment: attachment,
                aboutKind: try row.decode(column: "about_kind", as: String.self),
                aboutID: try row.decode(column: "about_id", as: String.self),
                kind: try row.decode(column: "kind", as: String?.self),
                templateData: try row.decode(column: "template_data", as: String?.self)
                    .flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) } ?? [:]
            ),
            status: try row.decode(column: "status", as: String.self),
            attempts: try row.decode(column: "attempts", as: Int.self),
            lastError: try row.decode(column: "last_error", as: String?.self),
            createdAt: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "created_at", as: Int64.self))),
            sentAt: try row.decode(column: "sent_at", as: Int64?.self).map { Date(timeIntervalSince1970: TimeInterval($0)) }
        )
    }
}
