import SQLKit

/// SQLite's full-text tables of questions: `questions_fts` (every question staff may search) and
/// `questions_public_fts` (the answers citizens may read). Each row carries the question's organisation as one token,
/// so a search in one organisation is narrowed by the index itself. (PostgreSQL searches `questions.folded` through
/// GIN indexes and needs none of this.)
enum QuestionSearchIndex {
    /// Every table.
    static let tables = ["questions_fts", "questions_public_fts"]

    /// The SQL of the token that stands for the organisation `expression` gives: `o` and the hex of its id, one
    /// word of letters and digits whatever the id holds. Written in SQL, so the rows and the queries make it alike.
    static func organisationToken(_ expression: String) -> String {
        "'o' || hex(\(expression))"
    }

    /// Adds the question `reference` to `table`, with `folded` as its text (its stored folded text when nil).
    static func add(_ reference: String, folded: String? = nil, to table: String, on database: any SQLDatabase) async throws {
        try await database.raw(
            """
            INSERT INTO \(unsafeRaw: table) (reference, organisation, folded)
            SELECT reference, \(unsafeRaw: organisationToken("organisation_id")), COALESCE(\(bind: folded), folded)
            FROM questions WHERE reference = \(bind: reference)
            """
        ).run()
    }

    /// The `MATCH` expression for `words` (quoted terms joined by AND or OR), within the organisation `organisationID`
    /// when one is given: its token made by the same SQL as the rows'.
    static func match(_ words: String, organisationID: String?) -> SQLQueryString {
        guard let organisationID else { return "\(bind: words)" }
        return """
            (SELECT 'organisation : ' || \(unsafeRaw: organisationToken("id")) || ' AND (' || words || ')'
             FROM (SELECT \(bind: organisationID) AS id, \(bind: words) AS words))
            """
    }
}
