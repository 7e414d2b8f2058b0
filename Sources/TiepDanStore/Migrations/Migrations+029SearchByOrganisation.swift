extension Migrations {
    /// SQLite's full-text tables learn each question's organisation as a token of its own, so a search within one
    /// organisation (the suggestions a citizen sees while asking, the duplicates staff see) is narrowed inside the
    /// index and ranks only that organisation's matches, however many the province holds. What each table holds is
    /// copied as it is (erased and sealed questions stay as they were left).
    static let searchByOrganisation = Migration(
        version: 29,
        name: "search by organisation",
        statements: ["questions_fts", "questions_public_fts"].flatMap { table in
            [
                "CREATE VIRTUAL TABLE \(table)_next USING fts5(reference UNINDEXED, organisation, folded, tokenize = 'unicode61')",
                """
                INSERT INTO \(table)_next (reference, organisation, folded)
                SELECT f.reference, 'o' || hex(q.organisation_id), f.folded
                FROM \(table) f JOIN questions q ON q.reference = f.reference
                """,
                "DROP TABLE \(table)",
                "ALTER TABLE \(table)_next RENAME TO \(table)",
            ].map { Migration.Statement.only(.sqlite, $0) }
        }
    )
}
