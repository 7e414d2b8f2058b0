extension Migrations {
    /// Satisfaction surveys. An invitation per contact (a visit, an answered question) says who may answer, once; an
    /// answer keeps only what the figures count (organisation, leader, department, channel, the month, the form's
    /// version) and nothing that leads back to the contact or the person: no reference, no time finer than the month.
    static let surveys = Migration(
        version: 26,
        name: "surveys",
        statements: [
            .shared(
                """
                CREATE TABLE survey_invitations (
                    contact TEXT PRIMARY KEY,
                    organisation_id TEXT NOT NULL REFERENCES organisations(id),
                    leader_id TEXT,
                    department_id TEXT,
                    channel TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    answered INTEGER NOT NULL DEFAULT 0)
                """
            ),
            .shared(
                """
                CREATE TABLE survey_answers (
                    id TEXT PRIMARY KEY,
                    organisation_id TEXT NOT NULL REFERENCES organisations(id),
                    leader_id TEXT,
                    department_id TEXT,
                    channel TEXT NOT NULL,
                    contact_kind TEXT NOT NULL,
                    period TEXT NOT NULL,
                    version TEXT NOT NULL,
                    scores TEXT NOT NULL,
                    comment TEXT,
                    assisted INTEGER NOT NULL DEFAULT 0)
                """
            ),
            .shared("CREATE INDEX survey_answers_by_organisation ON survey_answers (organisation_id, period)"),
        ]
    )
}
