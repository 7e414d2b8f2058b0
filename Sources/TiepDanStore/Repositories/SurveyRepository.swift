import Foundation
import SQLKit
public import TiepDanCore

/// Satisfaction surveys: the invitations, written in the transaction of the contact they follow (a visit's outcome, a
/// published answer), and the answers, kept apart from them.
public struct SurveyRepository: Sendable {
    let store: any Store

    /// A repository over `store`.
    public init(store: any Store) {
        self.store = store
    }

    /// Invites the contact's citizen to answer, once; a contact invited before keeps its invitation.
    static func invite(
        contact: String,
        organisationID: String,
        leaderID: String?,
        departmentID: String?,
        channel: String,
        now: Date,
        on database: any SQLDatabase
    ) async throws {
        try await database.raw(
            """
            INSERT INTO survey_invitations (contact, organisation_id, leader_id, department_id, channel, created_at)
            VALUES (\(bind: contact), \(bind: organisationID), \(bind: leaderID), \(bind: departmentID), \(bind: channel),
                \(bind: Int64(now.timeIntervalSince1970)))
            ON CONFLICT (contact) DO NOTHING
            """
        ).run()
    }

    /// The invitation of `contact`, if there is one.
    public func invitation(_ contact: String) async throws -> SurveyInvitation? {
        try await store.read { database in
            try await database.raw(
                """
                SELECT contact, organisation_id, leader_id, department_id, channel, answered FROM survey_invitations
                WHERE contact = \(bind: contact)
                """
            ).first().map { row in
                SurveyInvitation(
                    contact: try row.decode(column: "contact", as: String.self),
                    organisationID: try row.decode(column: "organisation_id", as: String.self),
                    leaderID: try row.decode(column: "leader_id", as: String?.self),
                    departmentID: try row.decode(column: "department_id", as: String?.self),
                    channel: try row.decode(column: "channel", as: String.self),
                    answered: try row.decode(column: "answered", as: Int.self) != 0
                )
            }
        }
    }

    /// Keeps `answer` for the invitation of `contact`, once: false when it was answered already (or there is none).
    /// The invitation is only marked answered; the answer row names neither it nor the moment.
    public func answer(_ contact: String, _ answer: SurveyAnswer) async throws -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let scores = String(decoding: try encoder.encode(answer.scores), as: UTF8.self)
        return try await store.transaction { database in
            let claimed = try await database.raw(
                "UPDATE survey_invitations SET answered = 1 WHERE contact = \(bind: contact) AND answered = 0 RETURNING contact"
            ).first()
            guard claimed != nil else { return false }
            try await database.raw(
                """
                INSERT INTO survey_answers (id, organisation_id, leader_id, department_id, channel, contact_kind, period, version,
                    scores, comment, assisted)
                VALUES (\(bind: UUID().uuidString), \(bind: answer.organisationID), \(bind: answer.leaderID), \(bind: answer.departmentID),
                    \(bind: answer.channel), \(bind: answer.contactKind), \(bind: answer.period), \(bind: answer.version), \(bind: scores),
                    \(bind: answer.comment), \(bind: answer.assisted ? 1 : 0))
                """
            ).run()
            return true
        }
    }

    /// The answers about the organisations `organisationIDs` in the months `from` through `through` (`YYYY-MM`).
    public func answers(organisationIDs: [String], from: String, through: String) async throws -> [SurveyAnswer] {
        guard !organisationIDs.isEmpty else { return [] }
        return try await store.read { database in
            try await database.raw(
                """
                SELECT organisation_id, leader_id, department_id, channel, contact_kind, period, version, scores, comment, assisted
                FROM survey_answers
                WHERE organisation_id IN (\(binds: organisationIDs)) AND period >= \(bind: from) AND period <= \(bind: through)
                ORDER BY period, id
                """
            ).all().map { row in
                SurveyAnswer(
                    organisationID: try row.decode(column: "organisation_id", as: String.self),
                    leaderID: try row.decode(column: "leader_id", as: String?.self),
                    departmentID: try row.decode(column: "department_id", as: String?.self),
                    channel: try row.decode(column: "channel", as: String.self),
                    contactKind: try row.decode(column: "contact_kind", as: String.self),
                    period: try row.decode(column: "period", as: String.self),
                    version: try row.decode(column: "version", as: String.self),
                    scores: (try? JSONDecoder().decode([String: Int].self, from: Data(try row.decode(column: "scores", as: String.self).utf8)))
                        ?? [:],
                    comment: try row.decode(column: "comment", as: String?.self),
                    assisted: try row.decode(column: "assisted", as: Int.self) != 0
                )
            }
        }
    }

    /// How many contacts of the organisations were invited in the months `from` through `through`: the response
    /// rate's denominator.
    public func invitations(organisationIDs: [String], from: Date, to: Date) async throws -> Int {
        guard !organisationIDs.isEmpty else { return 0 }
        return try await store.read { database in
            try await database.raw(
                """
                SELECT COUNT(*) AS n FROM survey_invitations
                WHERE organisation_id IN (\(binds: organisationIDs))
                  AND created_at >= \(bind: Int64(from.timeIntervalSince1970)) AND created_at < \(bind: Int64(to.timeIntervalSince1970))
                """
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        }
    }
}
