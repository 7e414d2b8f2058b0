extension Migrations {
    /// One row `/readyz` rewrites to learn whether the database accepts writes (a full disk, a read-only replica).
    static let readiness = Migration(
        version: 13,
        name: "readiness",
        statements: [
            .shared("CREATE TABLE service_readiness (id INTEGER PRIMARY KEY, checked_at BIGINT NOT NULL)")
        ]
    )
}
