extension Migrations {
    /// A radio programme or dialogue on air: when it started and closed, what the console marked
    /// for each question, and the panel invited to it (each member once).
    static let broadcasts = Migration(
        version: 8,
        name: "broadcasts",
        statements: [
            .shared(
                """
                CREATE TABLE broadcasts (
                    session_id TEXT PRIMARY KEY REFERENCES sessions(id),
                    started_at BIGINT,
                    closed_at BIGINT,
                    closed_by TEXT)
                """
            ),
            .shared(
                """
                CREATE TABLE broadcast_marks (
                    session_id TEXT NOT NULL REFERENCES sessions(id),
                    reference TEXT NOT NULL REFERENCES questions(reference),
                    state TEXT NOT NULL,
                    answer TEXT NOT NULL,
                    at BIGINT NOT NULL,
                    actor TEXT NOT NULL,
                    PRIMARY KEY (session_id, reference),
                    CHECK (state IN ('answered', 'deferred', 'skipped')))
                """
            ),
            .shared(
                """
                CREATE TABLE broadcast_panel (
                    session_id TEXT NOT NULL REFERENCES sessions(id),
                    member_id TEXT NOT NULL,
                    member_kind TEXT NOT NULL,
                    invited_at BIGINT NOT NULL,
                    invited_by TEXT NOT NULL,
                    PRIMARY KEY (session_id, member_id))
                """
            ),
        ]
    )
}
