extension Migrations {
    /// Citizens' requests about their personal data, with their legal clocks: acknowledged by one day, done by another,
    /// extended once, and completed or refused with the reason.
    static let privacyRequests = Migration(
        version: 19,
        name: "privacy_requests",
        statements: [
            .shared(
                """
                CREATE TABLE privacy_requests (
                    id TEXT PRIMARY KEY,
                    organisation_id TEXT NOT NULL REFERENCES organisations(id),
                    kind TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    detail TEXT,
                    channel TEXT NOT NULL,
                    filed_by TEXT NOT NULL,
                    filed_at BIGINT NOT NULL,
                    acknowledge_by TEXT NOT NULL,
                    due_date TEXT NOT NULL,
                    acknowledged_at BIGINT,
                    extended_reason TEXT,
                    status TEXT NOT NULL,
                    outcome_reason TEXT,
                    completed_by TEXT,
                    completed_at BIGINT)
                """
            ),
            .shared("CREATE INDEX privacy_requests_queue ON privacy_requests (organisation_id, status, due_date)"),
        ]
    )
}
