extension Migrations {
    /// Minutes and conclusion notices, one row per version (a finalised version is never
    /// rewritten), and published bulletins, which the database itself refuses to change.
    static let documents = Migration(
        version: 7,
        name: "documents",
        statements: [
            .shared(
                """
                CREATE TABLE minutes (
                    id TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    session_id TEXT NOT NULL REFERENCES sessions(id),
                    organisation_id TEXT NOT NULL REFERENCES organisations(id),
                    kind TEXT NOT NULL,
                    state TEXT NOT NULL,
                    number INTEGER,
                    conclusion TEXT NOT NULL,
                    notes TEXT NOT NULL,
                    html TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    created_by TEXT NOT NULL,
                    finalised_at BIGINT,
                    finalised_by TEXT,
                    PRIMARY KEY (id, version),
                    CHECK (state IN ('draft', 'final')))
                """
            ),
            .shared("CREATE UNIQUE INDEX minutes_session_kind ON minutes (session_id, kind, version)"),
            .shared(
                """
                CREATE TABLE bulletins (
                    id TEXT PRIMARY KEY,
                    organisation_id TEXT NOT NULL REFERENCES organisations(id),
                    title TEXT NOT NULL,
                    session_id TEXT REFERENCES sessions(id),
                    replaces TEXT REFERENCES bulletins(id),
                    published_at BIGINT NOT NULL,
                    published_by TEXT NOT NULL,
                    document TEXT NOT NULL)
                """
            ),
            .shared("CREATE INDEX bulletins_published ON bulletins (published_at)"),
            // A bulletin is corrected once; a correction of the correction continues the chain.
            .shared("CREATE UNIQUE INDEX bulletins_replaces ON bulletins (replaces)"),
            .shared(
                """
                CREATE TABLE bulletin_questions (
                    bulletin_id TEXT NOT NULL REFERENCES bulletins(id),
                    reference TEXT NOT NULL REFERENCES questions(reference),
                    PRIMARY KEY (bulletin_id, reference))
                """
            ),
            .perEngine(
                sqlite: """
                    CREATE TRIGGER bulletins_immutable BEFORE UPDATE ON bulletins
                    BEGIN SELECT RAISE(ABORT, 'a published bulletin cannot change'); END
                    """,
                postgres: """
                    CREATE FUNCTION bulletins_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION 'a published bulletin cannot change'; END $$
                    """
            ),
            .perEngine(
                sqlite: """
                    CREATE TRIGGER bulletins_undeletable BEFORE DELETE ON bulletins
                    BEGIN SELECT RAISE(ABORT, 'a published bulletin cannot change'); END
                    """,
                postgres:
                    "CREATE TRIGGER bulletins_immutable BEFORE UPDATE OR DELETE ON bulletins FOR EACH ROW EXECUTE FUNCTION bulletins_immutable()"
            ),
        ]
    )
}
