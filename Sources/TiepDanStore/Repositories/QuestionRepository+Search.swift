import Foundation
import SQLKit
import TiepDanCore

extension QuestionRepository {
    /// Questions whose text holds every word of `text`, with or without diacritics: FTS5 on
    /// SQLite, `to_tsvector` on PostgreSQL, both over the folded text.
    public func search(_ text: String, organisationID: String? = nil, limit: Int = 50) async throws -> [QuestionRecord] {
        let words = VietnameseText.folded(text).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return [] }
        return try await ranked(words, organisationID: organisationID, limit: limit)
    }

    /// Questions of the same organisation that look like `text`, most alike first, for staff (citizens are shown
    /// `similarPublished`): the newest `suggestionCandidates` sharing any keyword, scored by
    /// `VietnameseText.similarity` on their stored folded text.
    ///
    /// One read: the candidates come as their folded text alone, and only the `limit` chosen are read whole (a
    /// question's every column decoded for each of fifty candidates was most of a suggestion's cost).
    public func similar(
        to text: String,
        organisationID: String,
        excluding: String? = nil,
        limit: Int = 5,
        threshold: Double = 0.2
    ) async throws -> [(question: QuestionRecord, score: Double)] {
        let folded = VietnameseText.folded(text)
        let words = VietnameseText.keywords(folded: folded).sorted()
        guard !words.isEmpty else { return [] }
        let engine = store.engine
        return try await store.read { database in
            let candidates = try await Self.candidates(words, organisationID: organisationID, engine: engine, on: database)
                .filter { $0.reference != excluding && $0.status != .rejected && $0.status != .merged }
            let chosen = SimilarityProfile(folded: folded)
                .mostAlike(candidates.lazy.map { ($0.reference, SimilarityProfile(folded: $0.folded)) }, threshold: threshold, limit: limit)
            let records = try await Self.records(chosen.map(\.reference), on: database)
            return chosen.compactMap { choice in records[choice.reference].map { ($0, choice.score) } }
        }
    }

    /// The organisation's published answers the public may read that look like `text`, most alike first: a citizen's
    /// suggestions. Scored in memory over `profiles` (all the organisation's answers, the newest
    /// `PublicAnswerProfiles.perOrganisation`), read again whenever its version of published answers moved.
    public func similarPublished(
        to text: String,
        organisationID: String,
        excluding: String? = nil,
        profiles: PublicAnswerProfiles,
        limit: Int = 5,
        threshold: Double = 0.2
    ) async throws -> [SuggestedAnswer] {
        let profile = SimilarityProfile(folded: VietnameseText.folded(text))
        guard !profile.isEmpty else { return [] }
        return try await store.read { database in
            let stamp = try await Self.publicAnswerStamp(organisationID, on: database)
            let now = ContinuousClock.now
            let answers: PublicAnswerProfiles.Answers
            if let kept = profiles.answers(of: organisationID, stamp: stamp, now: now) {
                answers = kept
            } else {
                answers = try await Self.publicAnswers(organisationID, on: database)
                profiles.keep(answers, of: organisationID, stamp: stamp, now: now)
            }
            return profile.mostAlike(answers.profiles, threshold: threshold, limit: limit, excluding: excluding)
                .compactMap { answers.shown[$0.reference] }
        }
    }

    /// The version of the organisation's published answers (migration 33), one lookup by key.
    static func publicAnswerStamp(_ organisationID: String, on database: any SQLDatabase) async throws -> PublicAnswerProfiles.Stamp {
        let version = try await database.raw(
            "SELECT version FROM public_answer_versions WHERE organisation_id = \(bind: organisationID)"
        ).first()?.decode(column: "version", as: Int64.self)
        return PublicAnswerProfiles.Stamp(version: version ?? 0)
    }

    /// The organisation's newest published answers the public may read, profiled, with what a suggestion shows of each.
    static func publicAnswers(_ organisationID: String, on database: any SQLDatabase) async throws -> PublicAnswerProfiles.Answers {
        let rows = try await database.raw(
            """
            SELECT reference, category, folded, subject, show_unmasked FROM questions
            WHERE organisation_id = \(bind: organisationID) AND status = \(bind: QuestionStatus.published.rawValue) AND publish_consent = 1
            ORDER BY published_at DESC, reference DESC LIMIT \(bind: PublicAnswerProfiles.perOrganisation)
            """
        ).all()
        var profiles: [(reference: String, profile: SimilarityProfile)] = []
        var found: [(reference: String, subject: String, showUnmasked: Bool)] = []
        for row in rows {
            let category = CaseCategory(rawValue: try row.decode(column: "category", as: String.self)) ?? .question
            guard PublicVisibility.allows(category, consent: true) else { continue }
            let reference = try row.decode(column: "reference", as: String.self)
            profiles.append((reference, SimilarityProfile(folded: try row.decode(column: "folded", as: String.self))))
            found.append(
                (reference, try row.decode(column: "subject", as: String.self), try row.decode(column: "show_unmasked", as: Int.self) == 1)
            )
        }
        let redactions = try await Self.redactions(found.map(\.reference), on: database)
        var shown: [String: SuggestedAnswer] = [:]
        for answer in found {
            shown[answer.reference] = SuggestedAnswer(
                reference: answer.reference,
                subject: answer.subject,
                showUnmasked: answer.showUnmasked,
                redactions: redactions[answer.reference] ?? []
            )
        }
        return PublicAnswerProfiles.Answers(shown: shown, profiles: profiles)
    }

    static let qualifiedColumns = columns.split(separator: ",")
        .map { "q." + $0.trimmed }.joined(separator: ", ")

    /// Candidates a question's suggestions are chosen from: the newest that share a word, not the best ranked. Ranking
    /// scored every match of the organisation (14.5 ms for a commune with 333 published answers, on every question
    /// sent, and more with each answer); the newest stop the index's walk at this many, each then decoded and scored.
    static let suggestionCandidates = 50

    /// The newest `suggestionCandidates` questions of the organisation holding any of `words`: their reference,
    /// status and folded text, all the scoring needs.
    private static func candidates(
        _ words: [String],
        organisationID: String,
        engine: DatabaseEngine,
        on database: any SQLDatabase
    ) async throws -> [(reference: String, status: QuestionStatus?, folded: String)] {
        let rows: [any SQLRow]
        if engine == .sqlite {
            rows = try await database.raw(
                """
                SELECT q.reference, q.status, q.folded
                FROM questions_fts f JOIN questions q ON q.reference = f.reference
                WHERE questions_fts MATCH \(QuestionSearchIndex.match(words, all: false, organisationID: organisationID))
                ORDER BY f.rowid DESC LIMIT \(bind: suggestionCandidates)
                """
            ).all()
        } else {
            rows = try await database.raw(
                """
                SELECT reference, status, folded FROM questions
                WHERE to_tsvector('simple', folded) @@ to_tsquery('simple', \(bind: words.joined(separator: " | ")))
                  AND organisation_id = \(bind: organisationID)
                ORDER BY created_at DESC, reference DESC LIMIT \(bind: suggestionCandidates)
                """
            ).all()
        }
        return try rows.map {
            (
                try $0.decode(column: "reference", as: String.self),
                QuestionStatus(rawValue: try $0.decode(column: "status", as: String.self)),
                try $0.decode(column: "folded", as: String.self)
            )
        }
    }

    /// The best ranked questions holding every word of `words`, within the organisation when one is given.
    private func ranked(_ words: [String], organisationID: String?, limit: Int) async throws -> [QuestionRecord] {
        let engine = store.engine
        return try await store.read { database in
            let rows: [any SQLRow]
            if engine == .sqlite {
                rows = try await database.raw(
                    """
                    SELECT \(unsafeRaw: Self.qualifiedColumns)
                    FROM questions_fts f JOIN questions q ON q.reference = f.reference
                    WHERE questions_fts MATCH \(QuestionSearchIndex.match(words, all: true, organisationID: organisationID))
                    ORDER BY f.rank LIMIT \(bind: limit)
                    """
                ).all()
            } else {
                let query = words.joined(separator: " & ")
                rows = try await database.raw(
                    """
                    SELECT \(unsafeRaw: Self.columns) FROM questions
                    WHERE to_tsvector('simple', folded) @@ to_tsquery('simple', \(bind: query))
                      AND (\(bind: organisationID)::text IS NULL OR organisation_id = \(bind: organisationID))
                    ORDER BY ts_rank(to_tsvector('simple', folded), to_tsquery('simple', \(bind: query))) DESC, reference
                    LIMIT \(bind: limit)
                    """
                ).all()
            }
            return try rows.map(Self.record(from:))
        }
    }
}
