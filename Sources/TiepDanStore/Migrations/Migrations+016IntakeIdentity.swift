extension Migrations {
    /// The identity paper of whoever complains, denounces or petitions in writing (Law 136/2025/QH15); a denouncer's
    /// stays in the seal, so these columns hold it only for the others.
    static let intakeIdentity = Migration(
        version: 16,
        name: "intake_identity",
        statements: [
            .shared("ALTER TABLE question_citizens ADD COLUMN id_type TEXT"),
            .shared("ALTER TABLE question_citizens ADD COLUMN id_number TEXT"),
        ]
    )
}
