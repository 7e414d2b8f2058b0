extension Migrations {
    /// When a staff session was last used, so one left idle for thirty minutes ends (the twelve hours of
    /// `expires_at` remain the absolute limit).
    static let sessionIdle = Migration(
        version: 10,
        name: "session idle",
        statements: [
            .shared("ALTER TABLE staff_sessions ADD COLUMN last_seen_at BIGINT")
        ]
    )
}
