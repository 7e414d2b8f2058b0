extension Migrations {
    /// The register of personal data breaches: when each was discovered, what and whom it touched, the 72-hour clock,
    /// and when the authority was told.
    static let breaches = Migration(
        version: 20,
        name: "breaches",
        statements: [
            .shared(
                """
                CREATE TABLE breaches (
                    id TEXT PRIMARY KEY,
                    organisation_id TEXT NOT NULL REFERENCES organisations(id),
                    discovered_at BIGINT NOT NULL,
                    description TEXT NOT NULL,
                    data_kinds TEXT NOT NULL,
                    people_affected INTEGER NOT NULL,
                    consequences TEXT,
                    measures TEXT,
                    recorded_by TEXT NOT NULL,
                    recorded_at BIGINT NOT NULL,
                    reported_at BIGINT,
                    report_reference TEXT)
                """
            )
        ]
    )
}
