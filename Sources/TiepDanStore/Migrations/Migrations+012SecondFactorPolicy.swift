extension Migrations {
    /// An organisation's choice of the roles that must sign in with a second factor there (comma-separated, from
    /// `organisation.second_factor_for` in its schedule file).
    static let secondFactorPolicy = Migration(
        version: 12,
        name: "second factor policy",
        statements: [
            .shared("ALTER TABLE organisations ADD COLUMN second_factor_roles TEXT NOT NULL DEFAULT ''")
        ]
    )
}
