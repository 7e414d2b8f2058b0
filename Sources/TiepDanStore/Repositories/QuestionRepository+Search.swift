import Foundation
import SQLKit
public import TiepDanCore

extension QuestionRepository {
    /// Questions whose text holds every word of `text`, with or without diacritics: FTS5 on
    /// SQLite, `to_tsvector` on PostgreSQL, both over the folded text.
    public func search(_ text: String, organisationID: String? = nil, limit: Int = 50) async throws -> [QuestionRecord] {
        let words = VietnameseText.folded(text).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return [] }
        return try await matching(words, all: true, organisationID: organisationID, limit: limit)
    }

    /// Questions of the same organisation that look like `text`, most alike first: candidates
    /// sharing any keyword, then scored by `VietnameseText.similarity`.
    public func similar(
        to text: String, organisationID: String, excluding: String? = nil, limit: Int = 5, threshold: Double = 0.2
    ) async throws -> [(question: QuestionRecord, score: Double)] {
        let words = VietnameseText.keywords(text).sorted()
        guard !words.isEmpty else { return [] }
        let candidates = try await matching(words, all: false, organisationID: organisationID, limit: 200)
        var scored: [(question: QuestionRecord, score: Double)] = []
        for candidate in candidates where candidate.reference != excluding && candidate.status != .rejected && candidate.status != .merged {
            let score = VietnameseText.similarity(text, candidate.subject + " " + candidate.text)
            if score >= threshold { scored.append((candidate, score)) }
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.question.reference < $1.question.reference }
        return Array(scored.prefix(limit))
    }

    static let qualifiedColumns = columns.split(separator: ",")
        .map { "q." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }.joined(separator: ", ")

    private func matching(_ words: [String], all: Bool, organisationID: String?, limit: Int) async throws -> [QuestionRecord] {
        let engine = store.engine
        // Folded words are letters and digits only, so quoting each makes a safe query string;
        // it still travels as a bound value.
        let query = engine == .sqlite
            ? words.map { "\"\($0)\"" }.joined(separator: all ? " AND " : " OR ")
            : words.joined(separator: all ? " & " : " | ")
        return try await store.read { database in
            let rows: [any SQLRow]
            if engine == .sqlite {
                rows = try await database.raw("""
                    SELECT \(unsafeRaw: Self.qualifiedColumns)
                    FROM questions_fts f JOIN questions q ON q.reference = f.reference
                    WHERE questions_fts MATCH \(bind: query) AND (\(bind: organisationID) IS NULL OR q.organisation_id = \(bind: organisationID))
                    ORDER BY f.rank LIMIT \(bind: limit)
                    """).all()
            } else {
                rows = try await database.raw("""
                    SELECT \(unsafeRaw: Self.columns) FROM questions
                    WHERE to_tsvector('simple', folded) @@ to_tsquery('simple', \(bind: query))
                      AND (\(bind: organisationID)::text IS NULL OR organisation_id = \(bind: organisationID))
                    ORDER BY ts_rank(to_tsvector('simple', folded), to_tsquery('simple', \(bind: query))) DESC, reference
                    LIMIT \(bind: limit)
                    """).all()
            }
            return try rows.map(Self.record(from:))
        }
    }
}
