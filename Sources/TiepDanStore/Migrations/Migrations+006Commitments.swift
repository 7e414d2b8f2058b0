extension Migrations {
    /// Leaders' and departments' commitments, every change to them, and the reminders already
    /// sent (their primary key is what makes each reminder go out once, on any number of instances).
    static let commitments = Migration(
        version: 6,
        name: "commitments",
        statements: [
            .shared(
                """
                CREATE TABLE commitments (
                    id TEXT PRIMARY KEY,
                    organisation_id TEXT NOT NULL REFERENCES organisations(id),
                    text TEXT NOT NULL,
                    owner_id TEXT NOT NULL,
                    owner_kind TEXT NOT NULL,
                    session_id TEXT REFERENCES sessions(id),
                    question_ref TEXT REFERENCES questions(reference),
                    made_at BIGINT NOT NULL,
                    due_date TEXT NOT NULL,
                    original_due TEXT NOT NULL,
                    status TEXT NOT NULL,
                    progress INTEGER NOT NULL DEFAULT 0,
                    done_at BIGINT,
                    drop_reason TEXT,
                    created_by TEXT NOT NULL,
                    updated_at BIGINT NOT NULL,
                    CHECK (progress >= 0 AND progress <= 100))
                """
            ),
            .shared("CREATE INDEX commitments_org ON commitments (organisation_id, status, due_date)"),
            .shared(
                """
                CREATE TABLE commitment_updates (
                    commitment_id TEXT NOT NULL REFERENCES commitments(id),
                    position INTEGER NOT NULL,
                    at BIGINT NOT NULL,
                    actor TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    status TEXT NOT NULL,
                    progress INTEGER NOT NULL,
                    note TEXT,
                    evidence TEXT,
                    due_before TEXT,
                    due_after TEXT,
                    PRIMARY KEY (commitment_id, position))
                """
            ),
            .shared(
                """
                CREATE TABLE commitment_reminders (
                    commitment_id TEXT NOT NULL REFERENCES commitments(id),
                    kind TEXT NOT NULL,
                    day TEXT NOT NULL,
                    sent_at BIGINT NOT NULL,
                    PRIMARY KEY (commitment_id, kind, day))
                """
            ),
        ]
    )
}
