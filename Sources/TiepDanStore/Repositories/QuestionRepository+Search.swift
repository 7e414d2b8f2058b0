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

    /// The organisation's published answers the public may read that look like `text`, most alike first, each with
    /// its redactions: a citizen's suggestions. Scored in memory over `profiles` (all the organisation's answers, the
    /// newest `PublicAnswerProfiles.perOrganisation`), each checked against the question as stored before it is
    /// returned.
    public func similarPublished(
        to text: String,
        organisationID: String,
        excluding: String? = nil,
        profiles: PublicAnswerProfiles,
        limit: Int = 5,
        threshold: Double = 0.2
    ) async throws -> [(question: QuestionRecord, redactions: [String])] {
        let profile = SimilarityProfile(folded: VietnameseText.folded(text))
        guard !profile.isEmpty else { return [] }
        return try await store.read { database in
            let stamp = try await Self.publicAnswerStamp(organisationID, on: database)
            let now = ContinuousClock.now
            let answers: [(reference: String, profile: SimilarityProfile)]
            if let kept = profiles.answers(of: organisationID, stamp: stamp, now: now) {
                answers = kept
            } else {
                answers = try await Self.publicAnswers(organisationID, on: database)
                profiles.keep(answers, of: organisationID, stamp: stamp, now: now)
            }
            // Twice the number wanted, so that answers no longer public since they were kept do not leave too few.
            let chosen = profile.mostAlike(answers, threshold: threshold, limit: limit * 2, excluding: excluding)
            let records = try await Self.records(chosen.map(\.reference), on: database)
            let shown = chosen.compactMap { records[$0.reference] }.filter { $0.status == .published && $0.mayBePublic }.prefix(limit)
            let redactions = try await Self.redactions(shown.map(\.reference), on: database)
            return shown.map { ($0, redactions[$0.reference] ?? []) }
        }
    }

    /// How many questions the organisation has published and when the newest was: read from the index on
    /// (organisation, status, publication) alone.
    static func publicAnswerStamp(_ organisationID: String, on database: any SQLDatabase) async throws -> PublicAnswerProfiles.Stamp {
        let row = try await database.raw(
            """
            SELECT COUNT(*) AS count, MAX(published_at) AS newest FROM questions
            WHERE organisation_id = \(bind: organisationID) AND status = \(bind: QuestionStatus.published.rawValue)
            """
        ).first()
        return PublicAnswerProfiles.Stamp(
            count: try row?.decode(column: "count", as: Int.self) ?? 0,
            newest: try row?.decode(column: "newest", as: Int64?.self)
        )
    }

    /// The organisation's newest published answers the public may read, profiled.
    static func publicAnswers(
        _ organisationID: String,
        on database: any SQLDatabase
    ) async throws -> [(reference: String, profile: SimilarityProfile)] {
        try await database.raw(
            """
            SELECT reference, category, folded FROM questions
            WHERE organisation_id = \(bind: organisationID) AND status = \(bind: QuestionStatus.published.rawValue) AND publish_consent = 1
            ORDER BY published_at DESC, reference DESC LIMIT \(bind: PublicAnswerProfiles.perOrganisation)
            """
        ).all().compactMap { row in
            let category = CaseCategory(rawValue: try row.decode(column: "category", as: String.self)) ?? .question
            guard PublicVisibility.allows(category, consent: true) else { return nil }
            return (
                try row.decode(column: "reference", as: String.self), SimilarityProfile(folded: try row.decode(column: "folded", as: String.self))
            )
        }
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
