extension Migrations {
    /// Organisations, their people and places, and the sessions materialised from schedule files.
    static let schedules = Migration(
        version: 2,
        name: "schedules",
        statements: [
            .shared(
                """
                CREATE TABLE organisations (
                    id TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL, parent_id TEXT,
                    time_zone TEXT NOT NULL, source_file TEXT, updated_at BIGINT NOT NULL)
                """
            ),
            .shared(
                """
                CREATE TABLE leaders (
                    id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL REFERENCES organisations(id),
                    name TEXT NOT NULL, title TEXT NOT NULL, role TEXT, updated_at BIGINT NOT NULL)
                """
            ),
            .shared(
                """
                CREATE TABLE places (
                    id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL REFERENCES organisations(id),
                    name TEXT NOT NULL, capacity INTEGER NOT NULL)
                """
            ),
            .shared(
                """
                CREATE TABLE departments (
                    id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL REFERENCES organisations(id), name TEXT NOT NULL)
                """
            ),
            .shared(
                """
                CREATE TABLE sessions (
                    id TEXT PRIMARY KEY,
                    organisation_id TEXT NOT NULL REFERENCES organisations(id),
                    rule_id TEXT,
                    kind TEXT NOT NULL,
                    title TEXT NOT NULL,
                    leader_ids TEXT NOT NULL,
                    place_id TEXT,
                    location TEXT NOT NULL,
                    starts_at BIGINT NOT NULL,
                    ends_at BIGINT NOT NULL,
                    status TEXT NOT NULL,
                    moved_from TEXT,
                    reason TEXT,
                    topics TEXT NOT NULL,
                    slot_minutes INTEGER,
                    slot_capacity INTEGER,
                    questions_close_at BIGINT,
                    source TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    sequence INTEGER NOT NULL,
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL)
                """
            ),
            .shared("CREATE INDEX sessions_org_start ON sessions (organisation_id, starts_at)"),
            .shared("CREATE INDEX sessions_start ON sessions (starts_at)"),
        ]
    )
}
