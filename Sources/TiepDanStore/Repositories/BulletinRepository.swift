import Foundation
import SQLKit
public import TiepDanCore

/// Published bulletins of answered questions. Publishing is one transaction: the approved
/// answers it carries become published, the document is stored as published, and the
/// database refuses any later change to it (a correction is a new bulletin that names the old).
public struct BulletinRepository: Sendable {
    let store: any Store
    /// Tells each sender whose answer a bulletin publishes.
    let notices: (any NoticeComposer)?

    /// A repository over `store`.
    public init(store: any Store, notices: (any NoticeComposer)? = nil) {
        self.store = store
        self.notices = notices
    }

    /// Publishes `bulletin`. Every question must belong to the organisation, have the
    /// submitter's consent to publication, not be a denunciation, and be approved or already
    /// published; `document` builds the stored document from the new id and the questions' final records.
    public func publish(
        _ bulletin: NewBulletin,
        now: Date,
        document: @escaping @Sendable (_ id: String, _ questions: [QuestionRecord]) throws -> BulletinDocument
    ) async throws -> BulletinRecord {
        try await store.transaction { database in
            var records: [QuestionRecord] = []
            var refused: [String] = []
            for reference in bulletin.references {
                guard let record = try await QuestionRepository.record(reference, on: database), record.organisationID == bulletin.organisationID
                else {
                    refused.append("\(reference): no such question of this organisation")
                    continue
                }
                if !record.mayBePublic {
                    refused.append("\(reference): the submitter did not agree to publication")
                } else if record.status == .approved {
                    records.append(
                        try await QuestionRepository.apply(
                            .publish,
                            to: reference,
                            change: QuestionChange(note: "bulletin"),
                            actor: bulletin.actor,
                            now: now,
                            composer: notices,
                            on: database
                        )
                    )
                } else if record.status == .published {
                    records.append(record)
                } else {
                    refused.append("\(reference): its answer is \(record.status.rawValue), not approved")
                }
            }
            guard refused.isEmpty else { throw DocumentError.invalid(field: "question_refs", refused.joined(separator: "; ")) }
            guard !records.isEmpty else { throw DocumentError.invalid(field: "question_refs", "name at least one approved answer") }
            if let replaces = bulletin.replaces {
                guard let old = try await database.raw("SELECT organisation_id FROM bulletins WHERE id = \(bind: replaces)").first() else {
                    throw DocumentError.invalid(field: "replaces", "no bulletin \(replaces)")
                }
                guard try old.decode(column: "organisation_id", as: String.self) == bulletin.organisationID else {
                    throw DocumentError.invalid(field: "replaces", "\(replaces) belongs to another organisation")
                }
                if try await database.raw("SELECT id FROM bulletins WHERE replaces = \(bind: replaces)").first() != nil {
                    throw DocumentError.conflict("\(replaces) is already corrected; correct the correction instead")
                }
            }
            let year = ZoneClock(RFC3339.vietnam).day(of: now).year
            let id = String(format: "BT-%04d-%06d", year, try await ReferenceCounter.next("bulletin", year: year, on: database))
            let built = try document(id, records)
            let json = String(decoding: try JSONEncoder().encode(built), as: UTF8.self)
            try await database.raw(
                """
                INSERT INTO bulletins (id, organisation_id, title, session_id, replaces, published_at, published_by, document)
                VALUES (\(bind: id), \(bind: bulletin.organisationID), \(bind: bulletin.title), \(bind: bulletin.sessionID),
                    \(bind: bulletin.replaces), \(bind: Int64(now.timeIntervalSince1970)), \(bind: bulletin.actor), \(bind: json))
                """
            ).run()
            for record in records {
                try await database.raw("INSERT INTO bulletin_questions (bulletin_id, reference) VALUES (\(bind: id), \(bind: record.reference))")
                    .run()
            }
            try await AuditLog.append(
                AuditEntry(
                    at: now,
                    actor: bulletin.actor,
                    entityKind: "bulletin",
                    entityID: id,
                    action: "publish",
                    after: AuditEntry.json([
                        "title": bulletin.title, "questions": records.map(\.reference).joined(separator: ","),
                        "replaces": bulletin.replaces ?? "",
                    ])
                ),
                on: database
            )
            guard let saved = try await Self.find(id, on: database) else { throw DocumentError.notFound }
            return saved
        }
    }

    /// The bulletin `id`, with the one correcting it if any.
    public func find(_ id: String) async throws -> BulletinRecord? {
        try await store.read { try await Self.find(id, on: $0) }
    }

    /// Published bulletins, newest first, optionally of one organisation.
    public func list(organisationID: String?, limit: Int) async throws -> [BulletinRecord] {
        try await store.read { database in
            var query = database.select().column(SQLRaw(Self.columns)).from("bulletins")
            if let organisationID { query = query.where("organisation_id", .equal, organisationID) }
            return try await query.orderBy("published_at", .descending).orderBy("id", .descending).limit(limit).all()
                .map { try Self.record(from: $0, correctedBy: nil) }
        }
    }

    static let columns = "id, organisation_id, title, session_id, replaces, published_at, published_by, document"

    static func find(_ id: String, on database: any SQLDatabase) async throws -> BulletinRecord? {
        guard let row = try await database.raw("SELECT \(unsafeRaw: columns) FROM bulletins WHERE id = \(bind: id)").first() else { return nil }
        let correction = try await database.raw("SELECT id, title FROM bulletins WHERE replaces = \(bind: id)").first().map {
            BulletinLink(id: try $0.decode(column: "id", as: String.self), title: try $0.decode(column: "title", as: String.self))
        }
        return try record(from: row, correctedBy: correction)
    }

    static func record(from row: any SQLRow, correctedBy: BulletinLink?) throws -> BulletinRecord {
        var document = try JSONDecoder().decode(BulletinDocument.self, from: Data(try row.decode(column: "document", as: String.self).utf8))
        document.correctedBy = correctedBy
        return BulletinRecord(
            id: try row.decode(column: "id", as: String.self),
            organisationID: try row.decode(column: "organisation_id", as: String.self),
            title: try row.decode(column: "title", as: String.self),
            sessionID: try row.decode(column: "session_id", as: String?.self),
            replaces: try row.decode(column: "replaces", as: String?.self),
            publishedAt: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "published_at", as: Int64.self))),
            publishedBy: try row.decode(column: "published_by", as: String.self),
            document: document,
            correctedBy: correctedBy
        )
    }
}
