extension Migrations {
    /// Questions and everything citizens send in advance. Personal data lives apart from the text
    /// (`question_citizens`); a denouncer's is sealed there by the application and never stored
    /// in the clear. `folded` is the text without case or diacritics, for search and duplicates.
    static let questions = Migration(
        version: 5,
        name: "questions",
        statements: [
            .shared(
                """
                CREATE TABLE questions (
                    reference TEXT PRIMARY KEY,
                    token_hash TEXT NOT NULL,
                    organisation_id TEXT NOT NULL REFERENCES organisations(id),
                    session_id TEXT REFERENCES sessions(id),
                    category TEXT NOT NULL,
                    channel TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    text TEXT NOT NULL,
                    folded TEXT NOT NULL,
                    status TEXT NOT NULL,
                    merged_into TEXT REFERENCES questions(reference),
                    department_id TEXT,
                    due_date TEXT NOT NULL,
                    extensions INTEGER NOT NULL DEFAULT 0,
                    supporters INTEGER NOT NULL DEFAULT 0,
                    publish_consent INTEGER NOT NULL,
                    show_unmasked INTEGER NOT NULL DEFAULT 0,
                    answer TEXT,
                    answered_by TEXT,
                    approved_by TEXT,
                    published_at BIGINT,
                    rating INTEGER,
                    rating_comment TEXT,
                    created_by TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL)
                """
            ),
            .shared("CREATE INDEX questions_org_status ON questions (organisation_id, status, due_date)"),
            .shared("CREATE INDEX questions_session ON questions (session_id)"),
            .shared("CREATE INDEX questions_department ON questions (department_id, status)"),
            .shared(
                """
                CREATE TABLE question_citizens (
                    reference TEXT PRIMARY KEY REFERENCES questions(reference),
                    name TEXT, phone TEXT, email TEXT, address TEXT, sealed TEXT)
                """
            ),
            .shared(
                """
                CREATE TABLE question_events (
                    reference TEXT NOT NULL REFERENCES questions(reference),
                    position INTEGER NOT NULL,
                    at BIGINT NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    status TEXT NOT NULL,
                    note TEXT,
                    PRIMARY KEY (reference, position))
                """
            ),
            .shared(
                """
                CREATE TABLE question_redactions (
                    reference TEXT NOT NULL REFERENCES questions(reference),
                    phrase TEXT NOT NULL,
                    created_by TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    PRIMARY KEY (reference, phrase))
                """
            ),
            // Full-text search over the folded text: FTS5 on SQLite, a GIN index on PostgreSQL.
            .perEngine(
                sqlite: "CREATE VIRTUAL TABLE questions_fts USING fts5(reference UNINDEXED, folded, tokenize = 'unicode61')",
                postgres: "CREATE INDEX questions_fts ON questions USING GIN (to_tsvector('simple', folded))"
            ),
            // The answers citizens may read, searched apart so a citizen's intake looks through
            // them only, however many unanswered questions pile up.
            .perEngine(
                sqlite: "CREATE VIRTUAL TABLE questions_public_fts USING fts5(reference UNINDEXED, folded, tokenize = 'unicode61')",
                postgres: """
                    CREATE INDEX questions_public_fts ON questions USING GIN (to_tsvector('simple', folded))
                    WHERE status = 'published' AND publish_consent = 1 AND category <> 'denunciation'
                    """
            ),
        ]
    )
}
