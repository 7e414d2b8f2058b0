extension Migrations {
    /// The Law on Personal Data Protection 2025: each consent a citizen gives, with the text version shown, the time and
    /// the channel, and its withdrawal; consent to hear a question on air kept apart from consent to publish it; one
    /// "same question" per client (a keyed hash, never the address); a denouncer received in person sealed like one who
    /// wrote (`booking_citizens.sealed`, the clear columns emptied); and the fingerprint of the key that seals
    /// identities, so a service started with another key refuses rather than failing on every sealed record.
    static let personalData = Migration(
        version: 18,
        name: "personal_data",
        statements: [
            .shared(
                """
                CREATE TABLE consents (
                    subject TEXT NOT NULL,
                    purpose TEXT NOT NULL,
                    text_version TEXT NOT NULL,
                    channel TEXT NOT NULL,
                    given_at BIGINT NOT NULL,
                    recorded_by TEXT NOT NULL,
                    withdrawn_at BIGINT,
                    withdrawn_channel TEXT,
                    PRIMARY KEY (subject, purpose))
                """
            ),
            .shared("ALTER TABLE questions ADD COLUMN broadcast_consent INTEGER NOT NULL DEFAULT 0"),
            .shared(
                """
                CREATE TABLE question_supports (
                    reference TEXT NOT NULL REFERENCES questions(reference),
                    client_key TEXT NOT NULL,
                    at BIGINT NOT NULL,
                    PRIMARY KEY (reference, client_key))
                """
            ),
            .shared("ALTER TABLE booking_citizens ADD COLUMN sealed TEXT"),
            .shared("CREATE TABLE sealing_key (id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL, set_at BIGINT NOT NULL)"),
        ]
    )
}
