extension Migrations {
    /// Staff belong to organisations: a grant of roles per organisation (with an officer's department and the
    /// oversight of its children), full names and titles for documents, system administrators apart, and the
    /// password a reset or the first start makes the next sign-in change. Accounts from before keep their reach
    /// through a grant for every organisation (`*`) until an administrator narrows it.
    static let organisationScope = Migration(
        version: 9,
        name: "organisation scope",
        statements: [
            .shared("ALTER TABLE users ADD COLUMN full_name TEXT"),
            .shared("ALTER TABLE users ADD COLUMN title TEXT"),
            .shared("ALTER TABLE users ADD COLUMN system_admin INTEGER NOT NULL DEFAULT 0"),
            .shared("ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0"),
            .shared(
                """
                CREATE TABLE staff_grants (
                    user_id TEXT NOT NULL REFERENCES users(id),
                    organisation_id TEXT NOT NULL,
                    roles TEXT NOT NULL,
                    department_id TEXT,
                    oversees_children INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (user_id, organisation_id)
                )
                """
            ),
            .shared("CREATE INDEX staff_grants_organisation ON staff_grants (organisation_id)"),
            .shared("UPDATE users SET system_admin = 1 WHERE roles = 'admin' OR roles LIKE 'admin,%'"),
            .shared(
                """
                INSERT INTO staff_grants (user_id, organisation_id, roles, department_id, oversees_children)
                SELECT id, '*', CASE WHEN roles LIKE 'admin,%' THEN substr(roles, 7) ELSE roles END, department_id, 0
                FROM users WHERE roles <> 'admin'
                """
            ),
        ]
    )
}
