extension Migrations {
    /// Online and hybrid reception (Law 136/2025/QH15, Art. 3a): a session's mode and its join link, how each booked
    /// citizen attends, and the recordings registered on a session with their SHA-256 so a copy can be checked later.
    static let onlineReception = Migration(
        version: 15,
        name: "online_reception",
        statements: [
            .shared("ALTER TABLE sessions ADD COLUMN mode TEXT NOT NULL DEFAULT 'in_person'"),
            .shared("ALTER TABLE sessions ADD COLUMN join_url TEXT"),
            .shared("ALTER TABLE bookings ADD COLUMN attend_mode TEXT NOT NULL DEFAULT 'in_person'"),
            .shared(
                """
                CREATE TABLE session_recordings (
                    session_id TEXT NOT NULL REFERENCES sessions(id),
                    position INTEGER NOT NULL,
                    uri TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    started_at BIGINT NOT NULL,
                    duration_seconds INTEGER NOT NULL,
                    created_by TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    PRIMARY KEY (session_id, position))
                """
            ),
        ]
    )
}
