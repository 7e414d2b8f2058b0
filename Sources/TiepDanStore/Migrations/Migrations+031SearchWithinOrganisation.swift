extension Migrations {
    /// SQLite's full-text tables index each word a second time, prefixed with its organisation's token (`scoped`), so
    /// a search within one organisation reads that organisation's postings alone. The organisation token of migration
    /// 29 still walked every organisation's postings of each word: a suggestion cost 2–3 ms with a province's 100,000
    /// questions and 0.1 ms with its own. The `organisation` column goes; what each table holds is copied as it is.
    static let searchWithinOrganisation = Migration(
        version: 31,
        name: "search within organisation",
        // The tables as they were then (migration 32 drops the second), so the migration stays what it was.
        statements: ["questions_fts", "questions_public_fts"].flatMap { table in
            [
                "CREATE VIRTUAL TABLE \(table)_next USING fts5(reference UNINDEXED, folded, scoped, tokenize = 'unicode61')",
                """
                INSERT INTO \(table)_next (reference, folded, scoped)
                SELECT f.reference, f.folded, \(QuestionSearchIndex.scoped("f.folded", organisation: "q.organisation_id"))
                FROM \(table) f JOIN questions q ON q.reference = f.reference
                """,
                "DROP TABLE \(table)",
                "ALTER TABLE \(table)_next RENAME TO \(table)",
            ].map { Migration.Statement.only(.sqlite, $0) }
        }
    )
}
