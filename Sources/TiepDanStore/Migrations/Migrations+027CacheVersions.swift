extension Migrations {
    /// A version per organisation, and one for what spans them all (`*`), that every write of what a public page shows
    /// bumps in its own transaction: the cache of rendered pages compares it on each request, so a change shows on the
    /// very next one, on this instance or another. Triggers do the bumping, so that no write, today's or a later
    /// one's, can forget it.
    static let cacheVersions = Migration(
        version: 27,
        name: "cache versions",
        statements: [
            .shared("CREATE TABLE cache_versions (scope TEXT PRIMARY KEY, version BIGINT NOT NULL)")
        ] + CacheVersionSource.all.flatMap(\.statements)
    )
}

/// A table public pages are built from, and the scopes a row of it belongs to.
struct CacheVersionSource {
    let table: String
    /// A `SELECT` of the row's scopes (one column, `scope`), `{row}` standing for `NEW` or `OLD`.
    let scopes: String

    /// Tables with their own `organisation_id`; with `everything`, also what pages across organisations show.
    static func owned(_ table: String, everything: Bool = false) -> Self {
        Self(table: table, scopes: "SELECT {row}.organisation_id AS scope" + (everything ? " UNION ALL SELECT '*'" : ""))
    }

    /// Tables whose rows belong to the organisation of the `parent` row `column` names.
    static func through(_ table: String, _ column: String, parent: String, key: String) -> Self {
        Self(table: table, scopes: "SELECT organisation_id AS scope FROM \(parent) WHERE \(key) = {row}.\(column)")
    }

    static let all: [Self] = [
        Self(table: "organisations", scopes: "SELECT {row}.id AS scope UNION ALL SELECT {row}.parent_id UNION ALL SELECT '*'"),
        owned("leaders"),
        owned("places"),
        owned("departments"),
        owned("sessions", everything: true),
        owned("questions"),
        owned("commitments"),
        owned("minutes"),
        owned("bulletins", everything: true),
        owned("survey_answers"),
        through("booking_slots", "session_id", parent: "sessions", key: "id"),
        through("bookings", "session_id", parent: "sessions", key: "id"),
        through("broadcasts", "session_id", parent: "sessions", key: "id"),
        through("broadcast_marks", "session_id", parent: "sessions", key: "id"),
        through("session_recordings", "session_id", parent: "sessions", key: "id"),
        through("question_supports", "reference", parent: "questions", key: "reference"),
        through("question_redactions", "reference", parent: "questions", key: "reference"),
        through("commitment_updates", "commitment_id", parent: "commitments", key: "id"),
    ]

    /// The bump, for the row `row` (`NEW` or `OLD`); `*` sorts first, so transactions lock the rows in one order.
    func bump(_ row: String) -> String {
        """
        INSERT INTO cache_versions (scope, version)
            SELECT scope, 1 FROM (\(scopes.replacingOccurrences(of: "{row}", with: row))) AS changed
            WHERE scope IS NOT NULL ORDER BY scope
            ON CONFLICT (scope) DO UPDATE SET version = cache_versions.version + 1
        """
    }

    /// SQLite's three triggers, or PostgreSQL's function and trigger.
    var statements: [Migration.Statement] {
        let name = "cache_version_\(table)"
        let sqlite = [("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")].map { event, row in
            Migration.Statement.only(.sqlite, "CREATE TRIGGER \(name)_\(event) AFTER \(event.uppercased()) ON \(table) BEGIN \(bump(row)); END")
        }
        let postgres = [
            """
            CREATE FUNCTION \(name)() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    \(bump("OLD"));
                ELSE
                    \(bump("NEW"));
                END IF;
                RETURN NULL;
            END $$
            """,
            "CREATE TRIGGER \(name) AFTER INSERT OR UPDATE OR DELETE ON \(table) FOR EACH ROW EXECUTE FUNCTION \(name)()",
        ]
        return sqlite + postgres.map { .only(.postgres, $0) }
    }
}
