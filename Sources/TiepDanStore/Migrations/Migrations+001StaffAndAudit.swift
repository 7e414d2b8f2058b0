extension Migrations {
    /// Staff accounts, their sign-in sessions, and the append-only audit trail.
    static let staffAndAudit = Migration(
        version: 1,
        name: "staff and audit",
        statements: [
            .shared(
                """
                CREATE TABLE users (
                    id TEXT PRIMARY KEY,
                    username TEXT NOT NULL UNIQUE,
                    password_hash TEXT NOT NULL,
                    roles TEXT NOT NULL,
                    department_id TEXT,
                    created_at BIGINT NOT NULL,
                    disabled_at BIGINT
                )
                """
            ),
            .shared(
                """
                CREATE TABLE staff_sessions (
                    token_hash TEXT PRIMARY KEY,
                    user_id TEXT NOT NULL REFERENCES users(id),
                    csrf_token TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    expires_at BIGINT NOT NULL,
                    revoked_at BIGINT
                )
                """
            ),
            .shared("CREATE INDEX staff_sessions_user ON staff_sessions (user_id)"),
            .perEngine(
                sqlite: """
                    CREATE TABLE audit_log (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        at BIGINT NOT NULL,
                        actor TEXT NOT NULL,
                        entity_kind TEXT NOT NULL,
                        entity_id TEXT NOT NULL,
                        action TEXT NOT NULL,
                        before_json TEXT,
                        after_json TEXT
                    )
                    """,
                postgres: """
                    CREATE TABLE audit_log (
                        seq BIGSERIAL PRIMARY KEY,
                        at BIGINT NOT NULL,
                        actor TEXT NOT NULL,
                        entity_kind TEXT NOT NULL,
                        entity_id TEXT NOT NULL,
                        action TEXT NOT NULL,
                        before_json TEXT,
                        after_json TEXT
                    )
                    """
            ),
            .shared("CREATE INDEX audit_log_entity ON audit_log (entity_kind, entity_id, seq)"),
            // The trail is evidence: the database itself refuses to rewrite it.
            .perEngine(
                sqlite: """
                    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
                    """,
                postgres: """
                    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$
                    """
            ),
            .perEngine(
                sqlite: """
                    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
                    """,
                postgres: """
                    CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
                    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()
                    """
            ),
        ]
    )
}
