import Foundation
import SQLKit
import TiepDanCore

/// One `sessions` row: written from a planned session, read as a `ScheduledSession`.
struct SessionRow {
    let id: String
    let organisationID: String
    let ruleID: String?
    let kind: String
    let title: String
    let leaderIDs: String
    let placeID: String?
    let location: String
    let startsAt: Int64
    let endsAt: Int64
    let status: String
    let movedFrom: String?
    let reason: String?
    let topics: String
    let slotMinutes: Int?
    let slotCapacity: Int?
    let questionsCloseAt: Int64?
    let mode: String
    let joinURL: String?
    /// A stable digest of everything a subscriber sees, so an unchanged session keeps its SEQUENCE.
    let hash: String

    /// A session from the files; its leader and place ids become global (`ORG.ID`).
    init(planned: PlannedSession) {
        self.init(
            session: ScheduledSession(
                id: planned.id,
                organisationID: planned.organisationID,
                ruleID: planned.ruleID,
                kind: planned.kind,
                title: planned.title,
                leaderIDs: planned.leaderIDs.map { planned.organisationID + "." + $0 },
                placeID: planned.placeID.map { planned.organisationID + "." + $0 },
                location: planned.location,
                startsAt: planned.startsAt,
                endsAt: planned.endsAt,
                status: planned.status == .cancelled ? .cancelled : .scheduled,
                movedFrom: planned.movedFrom,
                reason: planned.reason,
                topics: planned.topics,
                slotMinutes: planned.slotMinutes,
                slotCapacity: planned.slotCapacity,
                questionsCloseAt: planned.questionsCloseAt,
                sequence: 0,
                updatedAt: planned.startsAt,
                mode: planned.mode,
                joinURL: planned.joinURL
            )
        )
    }

    init(session: ScheduledSession) {
        id = session.id
        organisationID = session.organisationID
        ruleID = session.ruleID
        kind = session.kind.rawValue
        title = session.title
        leaderIDs = session.leaderIDs.joined(separator: ",")
        placeID = session.placeID
        location = session.location
        startsAt = Int64(session.startsAt.timeIntervalSince1970)
        endsAt = Int64(session.endsAt.timeIntervalSince1970)
        status = session.status.rawValue
        movedFrom = session.movedFrom?.description
        reason = session.reason
        topics = Self.joined(session.topics)
        slotMinutes = session.slotMinutes
        slotCapacity = session.slotCapacity
        questionsCloseAt = session.questionsCloseAt.map { Int64($0.timeIntervalSince1970) }
        mode = session.mode.rawValue
        joinURL = session.joinURL
        let fields = [
            kind, title, leaderIDs, placeID ?? "", location, "\(startsAt)", "\(endsAt)", status, movedFrom ?? "", reason ?? "", topics,
            "\(slotMinutes ?? 0)", "\(slotCapacity ?? 0)", "\(questionsCloseAt ?? 0)",
        ]
        // In person, the digest is what it was before sessions had a mode, so no subscriber sees a change that is none.
        hash = Self.digest(mode == SessionMode.inPerson.rawValue ? fields : fields + [mode, joinURL ?? ""])
    }

    /// FNV-1a over the fields joined by the unit separator: computed once, when the row is made.
    private static func digest(_ fields: [String]) -> String {
        let canonical = fields.joined(separator: "\u{1F}")
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in canonical.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
        return String(value, radix: 16)
    }

    func insert(stamp: Int64, source: String = "schedule", on database: any SQLDatabase) async throws {
        try await Self.insert([self], stamp: stamp, source: source, on: database)
    }

    /// Inserts `rows` as new sessions of `source`, created at `stamp`.
    static func insert(_ rows: [SessionRow], stamp: Int64, source: String = "schedule", on database: any SQLDatabase) async throws {
        try await batch.run(rows, on: database) { row in
            [
                .text(row.id), .text(row.organisationID), .text(row.ruleID), .text(row.kind), .text(row.title), .text(row.leaderIDs),
                .text(row.placeID), .text(row.location), .integer(row.startsAt), .integer(row.endsAt), .text(row.status),
                .text(row.movedFrom), .text(row.reason), .text(row.topics), .integer(row.slotMinutes.map(Int64.init)),
                .integer(row.slotCapacity.map(Int64.init)), .integer(row.questionsCloseAt), .text(row.hash), .text(row.mode),
                .text(row.joinURL), .text(source), .integer(0), .integer(stamp), .integer(stamp),
            ]
        }
    }

    private static let batch = BatchInsert(
        table: "sessions",
        columns: [
            "id", "organisation_id", "rule_id", "kind", "title", "leader_ids", "place_id", "location", "starts_at", "ends_at", "status",
            "moved_from", "reason", "topics", "slot_minutes", "slot_capacity", "questions_close_at", "content_hash", "mode", "join_url",
            "source", "sequence", "created_at", "updated_at",
        ]
    )

    func update(stamp: Int64, on database: any SQLDatabase) async throws {
        try await database.raw(
            """
            UPDATE sessions SET kind = \(bind: kind), title = \(bind: title), leader_ids = \(bind: leaderIDs),
                place_id = \(bind: placeID), location = \(bind: location), starts_at = \(bind: startsAt), ends_at = \(bind: endsAt),
                status = \(bind: status), moved_from = \(bind: movedFrom), reason = \(bind: reason), topics = \(bind: topics),
                slot_minutes = \(bind: slotMinutes), slot_capacity = \(bind: slotCapacity),
                questions_close_at = \(bind: questionsCloseAt), mode = \(bind: mode), join_url = \(bind: joinURL),
                content_hash = \(bind: hash),
                sequence = sequence + 1, updated_at = \(bind: stamp)
            WHERE id = \(bind: id)
            """
        ).run()
    }

    /// Topics are stored joined by the unit separator, which no topic contains: reading a
    /// session then needs no JSON decoder.
    static let separator: Character = "\u{1F}"

    static func joined(_ topics: [String]) -> String {
        topics.map { $0.replacingOccurrences(of: String(separator), with: " ") }.joined(separator: String(separator))
    }

    static let columns = """
        id, organisation_id, rule_id, kind, title, leader_ids, place_id, location, starts_at, ends_at, status,
        moved_from, reason, topics, slot_minutes, slot_capacity, questions_close_at, sequence, updated_at, mode, join_url
        """

    static func session(from row: any SQLRow) throws -> ScheduledSession {
        func instant(_ column: String) throws -> Date {
            Date(timeIntervalSince1970: TimeInterval(try row.decode(column: column, as: Int64.self)))
        }
        let topics = try row.decode(column: "topics", as: String.self)
        let leaders = try row.decode(column: "leader_ids", as: String.self)
        return ScheduledSession(
            id: try row.decode(column: "id", as: String.self),
            organisationID: try row.decode(column: "organisation_id", as: String.self),
            ruleID: try row.decode(column: "rule_id", as: String?.self),
            kind: SessionKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .reception,
            title: try row.decode(column: "title", as: String.self),
            leaderIDs: leaders.isEmpty ? [] : leaders.split(separator: ",").map(String.init),
            placeID: try row.decode(column: "place_id", as: String?.self),
            location: try row.decode(column: "location", as: String.self),
            startsAt: try instant("starts_at"),
            endsAt: try instant("ends_at"),
            status: SessionStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .scheduled,
            movedFrom: try row.decode(column: "moved_from", as: String?.self).flatMap { CivilDate(iso: $0) },
            reason: try row.decode(column: "reason", as: String?.self),
            topics: topics.isEmpty ? [] : topics.split(separator: separator, omittingEmptySubsequences: false).map(String.init),
            slotMinutes: try row.decode(column: "slot_minutes", as: Int?.self),
            slotCapacity: try row.decode(column: "slot_capacity", as: Int?.self),
            questionsCloseAt: try row.decode(column: "questions_close_at", as: Int64?.self).map { Date(timeIntervalSince1970: TimeInterval($0)) },
            sequence: try row.decode(column: "sequence", as: Int.self),
            updatedAt: try instant("updated_at"),
            mode: SessionMode(rawValue: try row.decode(column: "mode", as: String.self)) ?? .inPerson,
            joinURL: try row.decode(column: "join_url", as: String?.self)
        )
    }
}
