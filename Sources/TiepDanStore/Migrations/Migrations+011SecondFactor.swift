extension Migrations {
    /// A second factor for staff: the sealed TOTP secret (and one being enrolled), the last step used (a code
    /// works once), and recovery codes, kept as hashes and each used once.
    static let secondFactor = Migration(
        version: 11,
        name: "second factor",
        statements: [
            .shared("ALTER TABLE users ADD COLUMN totp_secret TEXT"),
            .shared("ALTER TABLE users ADD COLUMN totp_pending TEXT"),
            .shared("ALTER TABLE users ADD COLUMN totp_last_step BIGINT"),
            .shared(
                """
                CREATE TABLE staff_recovery_codes (
                    user_id TEXT NOT NULL REFERENCES users(id),
                    code_hash TEXT NOT NULL,
                    used_at BIGINT,
                    PRIMARY KEY (user_id, code_hash)
                )
                """
            ),
        ]
    )
}
