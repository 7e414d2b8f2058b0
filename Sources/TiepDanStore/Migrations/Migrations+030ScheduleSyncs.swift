extension Migrations {
    /// What the last schedule sync read (the digest of the schedule files) and how far ahead it materialised: a start
    /// with the same files on the same day has nothing to do, whatever the number of files and sessions.
    static let scheduleSyncs = Migration(
        version: 30,
        name: "schedule syncs",
        statements: [
            .shared(
                """
                CREATE TABLE schedule_syncs (
                    directory TEXT PRIMARY KEY, digest TEXT NOT NULL, horizon TEXT NOT NULL, synced_at BIGINT NOT NULL)
                """
            )
        ]
    )
}
