extension Migrations {
    /// What lengthens a complaint's resolution limit, recorded when it is accepted: a complex case, a remote area,
    /// the second instance (Law on Complaints, Art. 28, 37).
    static let caseConditions = Migration(
        version: 17,
        name: "case_conditions",
        statements: [
            .shared("ALTER TABLE questions ADD COLUMN complex INTEGER NOT NULL DEFAULT 0"),
            .shared("ALTER TABLE questions ADD COLUMN remote_area INTEGER NOT NULL DEFAULT 0"),
            .shared("ALTER TABLE questions ADD COLUMN second_instance INTEGER NOT NULL DEFAULT 0"),
        ]
    )
}
