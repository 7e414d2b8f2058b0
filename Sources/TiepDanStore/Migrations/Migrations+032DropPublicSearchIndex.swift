extension Migrations {
    /// SQLite's full-text table of published answers goes: a citizen's suggestions are scored in memory against the
    /// organisation's published answers (`PublicAnswerProfiles`), and nothing else read it, yet every publication,
    /// erasure and sealing still wrote it.
    static let dropPublicSearchIndex = Migration(
        version: 32,
        name: "drop public search index",
        statements: [.only(.sqlite, "DROP TABLE IF EXISTS questions_public_fts")]
    )
}
