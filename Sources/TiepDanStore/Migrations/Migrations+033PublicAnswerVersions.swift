extension Migrations {
    /// A version of each organisation's published answers, bumped by the database in the transaction of every write
    /// that touches one (a question published, changed while published or taken from the public: sealed, erased,
    /// consent withdrawn, deleted; a redaction of one): the answers kept in memory for citizens' suggestions
    /// (`PublicAnswerProfiles`) are right while it has not moved, read with one lookup by key. The count and newest
    /// publication read before cost a reader a tenth of a millisecond for each question received, and missed a
    /// sealing or a redaction, so every suggestion was read again from its row besides.
    static let publicAnswerVersions = Migration(
        version: 33,
        name: "public answer versions",
        statements: [
            .shared("CREATE TABLE public_answer_versions (organisation_id TEXT PRIMARY KEY, version BIGINT NOT NULL)"),
            .only(
                .sqlite,
                """
                CREATE TRIGGER public_answer_version_questions_insert AFTER INSERT ON questions WHEN NEW.status = 'published'
                BEGIN \(PublicAnswerVersion.bump("SELECT NEW.organisation_id AS organisation_id")); END
                """
            ),
            .only(
                .sqlite,
                """
                CREATE TRIGGER public_answer_version_questions_update AFTER UPDATE ON questions
                WHEN OLD.status = 'published' OR NEW.status = 'published'
                BEGIN \(PublicAnswerVersion.bump("SELECT OLD.organisation_id AS organisation_id UNION SELECT NEW.organisation_id")); END
                """
            ),
            .only(
                .sqlite,
                """
                CREATE TRIGGER public_answer_version_questions_delete AFTER DELETE ON questions WHEN OLD.status = 'published'
                BEGIN \(PublicAnswerVersion.bump("SELECT OLD.organisation_id AS organisation_id")); END
                """
            ),
            .only(
                .sqlite,
                """
                CREATE TRIGGER public_answer_version_redactions_insert AFTER INSERT ON question_redactions
                BEGIN \(PublicAnswerVersion.bump(PublicAnswerVersion.publishedQuestion("NEW"))); END
                """
            ),
            .only(
                .sqlite,
                """
                CREATE TRIGGER public_answer_version_redactions_delete AFTER DELETE ON question_redactions
                BEGIN \(PublicAnswerVersion.bump(PublicAnswerVersion.publishedQuestion("OLD"))); END
                """
            ),
            .only(
                .postgres,
                """
                CREATE FUNCTION public_answer_version_questions() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN
                        IF OLD.status = 'published' THEN
                            \(PublicAnswerVersion.bump("SELECT OLD.organisation_id AS organisation_id"));
                        END IF;
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        IF NEW.status = 'published' THEN
                            \(PublicAnswerVersion.bump("SELECT NEW.organisation_id AS organisation_id"));
                        END IF;
                    END IF;
                    RETURN NULL;
                END $$
                """
            ),
            .only(
                .postgres,
                """
                CREATE TRIGGER public_answer_version_questions AFTER INSERT OR UPDATE OR DELETE ON questions
                FOR EACH ROW EXECUTE FUNCTION public_answer_version_questions()
                """
            ),
            .only(
                .postgres,
                """
                CREATE FUNCTION public_answer_version_redactions() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'DELETE' THEN
                        \(PublicAnswerVersion.bump(PublicAnswerVersion.publishedQuestion("OLD")));
                    ELSE
                        \(PublicAnswerVersion.bump(PublicAnswerVersion.publishedQuestion("NEW")));
                    END IF;
                    RETURN NULL;
                END $$
                """
            ),
            .only(
                .postgres,
                """
                CREATE TRIGGER public_answer_version_redactions AFTER INSERT OR DELETE ON question_redactions
                FOR EACH ROW EXECUTE FUNCTION public_answer_version_redactions()
                """
            ),
        ]
    )
}

/// The SQL of migration 33's bumps, written once for both engines (frozen with the migration: a change is a new one).
enum PublicAnswerVersion {
    /// Adds one to the version of each organisation `organisations` selects (one column, `organisation_id`).
    static func bump(_ organisations: String) -> String {
        """
        INSERT INTO public_answer_versions (organisation_id, version)
            SELECT organisation_id, 1 FROM (\(organisations)) AS changed WHERE organisation_id IS NOT NULL
            ON CONFLICT (organisation_id) DO UPDATE SET version = public_answer_versions.version + 1
        """
    }

    /// The organisation of the redaction `row`'s question (`NEW` or `OLD`), when that question is published.
    static func publishedQuestion(_ row: String) -> String {
        "SELECT organisation_id FROM questions WHERE reference = \(row).reference AND status = 'published'"
    }
}
