extension Migrations {
    /// The session day: staff changes to sessions, visits checked in with their outcome, and the
    /// outbox of notices to citizens.
    static let sessionDay = Migration(
        version: 4,
        name: "session day",
        statements: [
            // Set when the secretariat postpones, cancels or marks a session held: from then on the
            // schedule files no longer rewrite it, so a later sync cannot undo a published notice.
            .shared("ALTER TABLE sessions ADD COLUMN changed_by TEXT"),
            .shared("ALTER TABLE sessions ADD COLUMN received_by TEXT"),
            .shared("ALTER TABLE sessions ADD COLUMN attendance INTEGER"),
            .shared("ALTER TABLE bookings ADD COLUMN checked_in_at BIGINT"),
            .shared("ALTER TABLE bookings ADD COLUMN checked_in_by TEXT"),
            .shared("ALTER TABLE bookings ADD COLUMN outcome TEXT"),
            .shared("ALTER TABLE bookings ADD COLUMN outcome_detail TEXT"),
            .shared("ALTER TABLE bookings ADD COLUMN category TEXT"),
            .shared("ALTER TABLE bookings ADD COLUMN handled_before TEXT"),
            .shared("ALTER TABLE bookings ADD COLUMN outcome_by TEXT"),
            .shared("CREATE INDEX bookings_checked_in ON bookings (checked_in_at)"),
            .shared(
                """
                CREATE TABLE notifications (
                    id TEXT PRIMARY KEY,
                    channel TEXT NOT NULL,
                    recipient TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    body TEXT NOT NULL,
                    attachment_name TEXT,
                    attachment_type TEXT,
                    attachment TEXT,
                    about_kind TEXT NOT NULL,
                    about_id TEXT NOT NULL,
                    status TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    next_attempt_at BIGINT NOT NULL,
                    claimed_until BIGINT,
                    last_error TEXT,
                    created_at BIGINT NOT NULL,
                    sent_at BIGINT)
                """
            ),
            .shared("CREATE INDEX notifications_due ON notifications (status, next_attempt_at)"),
            .shared("CREATE INDEX notifications_about ON notifications (about_kind, about_id)"),
        ]
    )
}
