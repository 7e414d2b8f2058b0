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

    /// Questions of the same organisation that look like `text`, most alike first: the newest
    /// `suggestionCandidates` sharing any keyword, scored by `VietnameseText.similarity` on their
    /// stored folded text. `publishedOnly` keeps to what the public may read (for citizens).
    ///
    /// One read: the candidates come as their folded text alone, and only the `limit` chosen are read whole (a
    /// question's every column decoded for each of fifty candidates was most of a suggestion's cost).
    public func similar(
        to text: String,
        organisationID: String,
        excluding: String? = nil,
        publishedOnly: Bool = false,
        limit: Int = 5,
        threshold: Double = 0.2
    ) async throws -> [(question: QuestionRecord, score: Double)] {
        let folded = VietnameseText.folded(text)
        let words = VietnameseText.keywords(folded: folded).sorted()
        guard !words.isEmpty else { return [] }
        let engine = store.engine
        return try await store.read { database in
            let candidates = try await Self.suggestionCandidates(
                words,
                organisationID: organisationID,
                publishedOnly: publishedOnly,
                engine: engine,
                on: database
            )
            let profile = SimilarityProfile(folded: folded)
            var scored: [(reference: String, score: Double)] = []
            for candidate in candidates
            where candidate.reference != excluding && candidate.status != .rejected && candidate.status != .merged {
                let score = profile.similarity(to: SimilarityProfile(folded: candidate.folded))
                if score >= threshold { scored.append((candidate.reference, score)) }
            }
            scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.reference < $1.reference }
            let chosen = scored.prefix(limit)
            let records = try await Self.records(chosen.map(\.reference), on: database)
            return chosen.compactMap { choice in records[choice.reference].map { ($0, choice.score) } }
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
    private static func suggestionCandidates(
        _ words: [String],
        organisationID: String,
        publishedOnly: Bool,
        engine: DatabaseEngine,
        on database: any SQLDatabase
    ) async throws -> [(reference: String, status: QuestionStatus?, folded: String)] {
        let rows: [any SQLRow]
        if engine == .sqlite {
            let table = publishedOnly ? "questions_public_fts" : "questions_fts"
            rows = try await database.raw(
                """
                SELECT q.reference, q.status, q.folded
                FROM \(ident: table) f JOIN questions q ON q.reference = f.reference
                WHERE \(ident: table) MATCH \(QuestionSearchIndex.match(words, all: false, organisationID: organisationID))
                ORDER BY f.rowid DESC LIMIT \(bind: suggestionCandidates)
                """
            ).all()
        } else {
            rows = try await database.raw(
                """
                SELECT reference, status, folded FROM questions
                WHERE to_tsvector('simple', folded) @@ to_tsquery('simple', \(bind: words.joined(separator: " | ")))
                  AND organisation_id = \(bind: organisationID)
                  \(unsafeRaw: publishedOnly ? "AND status = 'published' AND publish_consent = 1 AND category <> 'denunciation'" : "")
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
