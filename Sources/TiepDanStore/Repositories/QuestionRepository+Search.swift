import Foundation
import SQLKit
import TiepDanCore

extension QuestionRepository {
    /// Questions whose text holds every word of `text`, with or without diacritics: FTS5 on
    /// SQLite, `to_tsvector` on PostgreSQL, both over the folded text.
    public func search(_ text: String, organisationID: String? = nil, limit: Int = 50) async throws -> [QuestionRecord] {
        let words = VietnameseText.folded(text).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return [] }
        return try await matching(words, all: true, organisationID: organisationID, publishedOnly: false, limit: limit).map(\.record)
    }

    /// Questions of the same organisation that look like `text`, most alike first: the newest
    /// `suggestionCandidates` sharing any keyword, scored by `VietnameseText.similarity` on their
    /// stored folded text. `publishedOnly` keeps to what the public may read (for citizens).
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
        let candidates = try await matching(
            words,
            all: false,
            organisationID: organisationID,
            publishedOnly: publishedOnly,
            limit: Self.suggestionCandidates,
            newestFirst: true
        )
        let profile = SimilarityProfile(folded: folded)
        var scored: [(question: QuestionRecord, score: Double)] = []
        for (candidate, candidateFolded) in candidates
        where candidate.reference != excluding && candidate.status != .rejected && candidate.status != .merged {
            let score = profile.similarity(to: SimilarityProfile(folded: candidateFolded))
            if score >= threshold { scored.append((candidate, score)) }
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.question.reference < $1.question.reference }
        return Array(scored.prefix(limit))
    }

    static let qualifiedColumns = columns.split(separator: ",")
        .map { "q." + $0.trimmed }.joined(separator: ", ")

    /// Candidates a question's suggestions are chosen from: the newest that share a word, not the best ranked. Ranking
    /// scored every match of the organisation (14.5 ms for a commune with 333 published answers, on every question
    /// sent, and more with each answer); the newest stop the index's walk at this many, each then decoded and scored.
    static let suggestionCandidates = 50

    /// With `newestFirst`, the most recently indexed matches; otherwise the best ranked.
    private func matching(
        _ words: [String],
        all: Bool,
        organisationID: String?,
        publishedOnly: Bool,
        limit: Int,
        newestFirst: Bool = false
    ) async throws -> [(record: QuestionRecord, folded: String)] {
        let engine = store.engine
        // Folded words are letters and digits only, so quoting each makes a safe query string;
        // it still travels as a bound value.
        let query =
            engine == .sqlite
            ? words.map { "\"\($0)\"" }.joined(separator: all ? " AND " : " OR ")
            : words.joined(separator: all ? " & " : " | ")
        return try await store.read { database in
            let rows: [any SQLRow]
            if engine == .sqlite {
                let table = publishedOnly ? "questions_public_fts" : "questions_fts"
                rows = try await database.raw(
                    """
                    SELECT \(unsafeRaw: Self.qualifiedColumns), q.folded
                    FROM \(ident: table) f JOIN questions q ON q.reference = f.reference
                    WHERE \(ident: table) MATCH \(QuestionSearchIndex.match(query, organisationID: organisationID))
                    ORDER BY \(unsafeRaw: newestFirst ? "f.rowid DESC" : "f.rank") LIMIT \(bind: limit)
                    """
                ).all()
            } else {
                rows = try await database.raw(
                    """
                    SELECT \(unsafeRaw: Self.columns), folded FROM questions
                    WHERE to_tsvector('simple', folded) @@ to_tsquery('simple', \(bind: query))
                      AND (\(bind: organisationID)::text IS NULL OR organisation_id = \(bind: organisationID))
                      \(unsafeRaw: publishedOnly ? "AND status = 'published' AND publish_consent = 1 AND category <> 'denunciation'" : "")
                    ORDER BY \(unsafeRaw: newestFirst ? "created_at DESC," : "") ts_rank(to_tsvector('simple', folded), to_tsquery('simple', \(bind: query))) DESC, reference
                    LIMIT \(bind: limit)
                    """
                ).all()
            }
            return try rows.map { (try Self.record(from: $0), try $0.decode(column: "folded", as: String.self)) }
        }
    }
}
