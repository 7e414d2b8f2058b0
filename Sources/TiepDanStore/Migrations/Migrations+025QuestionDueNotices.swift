extension Migrations {
    /// The staff notices of deadlines coming due, one row per question, due date and kind: the primary key lets exactly
    /// one instance claim each, and an extended deadline is told again.
    static let questionDueNotices = Migration(
        version: 25,
        name: "question_due_notices",
        statements: [
            .shared(
                """
                CREATE TABLE question_due_notices (
                    reference TEXT NOT NULL REFERENCES questions(reference),
                    due_date TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    sent_at BIGINT NOT NULL,
                    PRIMARY KEY (reference, due_date, kind))
                """
            )
        ]
    )
}
