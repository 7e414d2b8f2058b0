import SQLKit

/// SQLite's full-text table of questions, `questions_fts`: every question staff may search (a citizen's suggestions
/// are scored in memory, `PublicAnswerProfiles`). Each row holds the question's folded words twice: as they
/// are (`folded`, for a search across organisations) and each prefixed with the organisation's token (`scoped`), so a
/// search within one organisation reads only that organisation's postings, however many the province holds.
/// (PostgreSQL searches `questions.folded` through GIN indexes and needs none of this.)
enum QuestionSearchIndex {
    /// Every table.
    static let tables = ["questions_fts"]

    /// The SQL of the words of `folded` (an SQL expression of folded text: words of letters and digits, one space
    /// apart), each prefixed with the token of the organisation `organisation` gives (`o`, the hex of its id, `x`: one
    /// word of letters and digits whatever the id holds, the `x` ending it since hex has none), each quoted with `quote`
    /// and joined by `separator`. Rows and queries are made by this one expression, so they cannot differ.
    static func scoped(_ folded: String, organisation: String, quote: String = "", separator: String = " ") -> String {
        let prefix = "'o' || hex(\(organisation)) || 'x'"
        return """
            CASE WHEN \(folded) = '' THEN '' \
            ELSE '\(quote)' || \(prefix) || replace(\(folded), ' ', '\(quote)\(separator)\(quote)' || \(prefix)) || '\(quote)' END
            """
    }

    /// Adds the question `reference` to `table`, with `folded` as its text (its stored folded text when nil).
    static func add(_ reference: String, folded: String? = nil, to table: String, on database: any SQLDatabase) async throws {
        try await database.raw(
            insertion(
                into: table,
                from:
                    "SELECT reference, organisation_id, COALESCE(\(bind: folded), folded) AS text FROM questions WHERE reference = \(bind: reference)"
            )
        ).run()
    }

    /// The insertion into `table` of the rows `source` gives (columns `reference`, `organisation_id`, `text`).
    private static func insertion(into table: String, from source: SQLQueryString) -> SQLQueryString {
        """
        INSERT INTO \(unsafeRaw: table) (reference, folded, scoped)
        SELECT reference, text, \(unsafeRaw: scoped("text", organisation: "organisation_id")) FROM (\(source))
        """
    }

    /// Adds a new question to `questions_fts` once its group of requests is done, on SQLite's writer: the full-text
    /// table writes a segment of its own at every savepoint, so a hundred questions indexed one request at a time
    /// wrote a hundred segments and merged them, 15 times the work of indexing them together. Readers see it with the
    /// question, in the same commit. Elsewhere (a database another store wraps), at once.
    static func addBeforeCommit(_ reference: String, organisationID: String, folded: String, on database: any SQLDatabase) async throws {
        let insert = insertion(
            into: "questions_fts",
            from: "SELECT \(bind: reference) AS reference, \(bind: organisationID) AS organisation_id, \(bind: folded) AS text"
        )
        if let sqlite = database as? SQLiteDatabase {
            try sqlite.beforeCommit(insert)
        } else {
            try await database.raw(insert).run()
        }
    }

    /// Removes the question `reference` from every table, found through the index itself: by the words it was indexed
    /// with (`folded`, which `questions.folded` holds until an erasure or a sealing changes both, so read it before)
    /// within its organisation, so the search reads that organisation's postings alone. The reference is not indexed:
    /// finding it row by row read the whole province's table, 170 ms of the writer at 100x, while every other write
    /// waited. A row those words do not find is still looked for row by row, so an erasure never leaves one behind.
    /// The additions the group has left run first. Returns whether the question was indexed.
    static func remove(_ reference: String, indexedAs folded: String, organisationID: String, on database: any SQLDatabase) async throws -> Bool {
        try settle(on: database)
        // The longest words are the rarest, so a few of them narrow the postings read to a handful of rows.
        let words = Set(folded.split(separator: " ").map(String.init)).sorted { ($0.count, $0) > ($1.count, $1) }.prefix(8)
        var removed = false
        for table in tables {
            var rows: [any SQLRow] = []
            if !words.isEmpty {
                rows = try await database.raw(
                    """
                    SELECT rowid FROM \(unsafeRaw: table)
                    WHERE \(unsafeRaw: table) MATCH \(match(Array(words), all: true, organisationID: organisationID)) AND reference = \(bind: reference)
                    """
                ).all()
            }
            if rows.isEmpty {
                rows = try await database.raw("SELECT rowid FROM \(unsafeRaw: table) WHERE reference = \(bind: reference)").all()
            }
            for row in rows {
                try await database.raw("DELETE FROM \(unsafeRaw: table) WHERE rowid = \(bind: try row.decode(column: "rowid", as: Int64.self))").run()
            }
            removed = removed || !rows.isEmpty
        }
        return removed
    }

    /// Runs the additions the group has left so far, before a removal reads the index in the same transaction.
    private static func settle(on database: any SQLDatabase) throws {
        try (database as? SQLiteDatabase)?.connection.runDeferred()
    }

    /// The `MATCH` expression for `words` (folded words), every one wanted (`all`) or any: within the organisation
    /// `organisationID` when one is given, its scoped words made by the same SQL as the rows'.
    static func match(_ words: [String], all: Bool, organisationID: String?) -> SQLQueryString {
        // Folded words are letters and digits only, so quoting each makes a safe query string; it still travels as a
        // bound value.
        let separator = all ? " AND " : " OR "
        guard let organisationID else { return "\(bind: "folded : (" + words.map { "\"\($0)\"" }.joined(separator: separator) + ")")" }
        return """
            (SELECT 'scoped : (' || \(unsafeRaw: scoped("words", organisation: "id", quote: "\"", separator: separator)) || ')'
             FROM (SELECT \(bind: organisationID) AS id, \(bind: words.joined(separator: " ")) AS words))
            """
    }
}
