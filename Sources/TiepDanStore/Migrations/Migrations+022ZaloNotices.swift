extension Migrations {
    /// Zalo notices: each queued notice's kind and the data its Zalo template takes, and the Official Account's tokens,
    /// kept in the database so every instance shares them and the single-use refresh token survives a restart.
    static let zaloNotices = Migration(
        version: 22,
        name: "zalo_notices",
        statements: [
            .shared("ALTER TABLE notifications ADD COLUMN kind TEXT"),
            .shared("ALTER TABLE notifications ADD COLUMN template_data TEXT"),
            .shared(
                """
                CREATE TABLE zalo_tokens (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    access_token TEXT,
                    refresh_token TEXT NOT NULL,
                    expires_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL)
                """
            ),
        ]
    )
}
