/// Every migration in the order it applies. Append only: never edit one that has shipped.
enum Migrations {
    static let all: [Migration] = [
        staffAndAudit,
        schedules,
        bookings,
        sessionDay,
        questions,
        commitments,
        documents,
        broadcasts,
    ]

    /// Staff accounts, their sign-in sessions, and the append-only audit trail.
    static let staffAndAudit = Migration(
        version: 1,
        name: "staff and audit",
        statements: [
            .shared("""
                CREATE TABLE users (
                    id TEXT PRIMARY KEY,
                    username TEXT NOT NULL UNIQUE,
                    password_hash TEXT NOT NULL,
                    roles TEXT NOT NULL,
                    department_id TEXT,
                    created_at BIGINT NOT NULL,
                    disabled_at BIGINT
                )
                """),
            .shared("""
                CREATE TABLE staff_sessions (
                    token_hash TEXT PRIMARY KEY,
                    user_id TEXT NOT NULL REFERENCES users(id),
                    csrf_token TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    expires_at BIGINT NOT NULL,
                    revoked_at BIGINT
                )
                """),
            .shared("CREATE INDEX staff_sessions_user ON staff_sessions (user_id)"),
            .perEngine(
                sqlite: """
                    CREATE TABLE audit_log (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        at BIGINT NOT NULL,
                        actor TEXT NOT NULL,
                        entity_kind TEXT NOT NULL,
                        entity_id TEXT NOT NULL,
                        action TEXT NOT NULL,
                        before_json TEXT,
                        after_json TEXT
                    )
                    """,
                postgres: """
                    CREATE TABLE audit_log (
                        seq BIGSERIAL PRIMARY KEY,
                        at BIGINT NOT NULL,
                        actor TEXT NOT NULL,
                        entity_kind TEXT NOT NULL,
                        entity_id TEXT NOT NULL,
                        action TEXT NOT NULL,
                        before_json TEXT,
                        after_json TEXT
                    )
                    """),
            .shared("CREATE INDEX audit_log_entity ON audit_log (entity_kind, entity_id, seq)"),
            // The trail is evidence: the database itself refuses to rewrite it.
            .perEngine(
                sqlite: """
                    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
                    """,
                postgres: """
                    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$
                    """),
            .perEngine(
                sqlite: """
                    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
                    """,
                postgres: """
                    CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
                    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()
                    """),
        ]
    )

    /// Organisations, their people and places, and the sessions materialised from schedule files.
    static let schedules = Migration(
        version: 2,
        name: "schedules",
        statements: [
            .shared("""
                CREATE TABLE organisations (
                    id TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL, parent_id TEXT,
                    time_zone TEXT NOT NULL, source_file TEXT, updated_at BIGINT NOT NULL)
                """),
            .shared("""
                CREATE TABLE leaders (
                    id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL REFERENCES organisations(id),
                    name TEXT NOT NULL, title TEXT NOT NULL, role TEXT, updated_at BIGINT NOT NULL)
                """),
            .shared("""
                CREATE TABLE places (
                    id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL REFERENCES organisations(id),
                    name TEXT NOT NULL, capacity INTEGER NOT NULL)
                """),
            .shared("""
                CREATE TABLE departments (
                    id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL REFERENCES organisations(id), name TEXT NOT NULL)
                """),
            .shared("""
                CREATE TABLE sessions (
                    id TEXT PRIMARY KEY,
                    organisation_id TEXT NOT NULL REFERENCES organisations(id),
                    rule_id TEXT,
                    kind TEXT NOT NULL,
                    title TEXT NOT NULL,
                    leader_ids TEXT NOT NULL,
                    place_id TEXT,
                    location TEXT NOT NULL,
                    starts_at BIGINT NOT NULL,
                    ends_at BIGINT NOT NULL,
                    status TEXT NOT NULL,
                    moved_from TEXT,
                    reason TEXT,
                    topics TEXT NOT NULL,
                    slot_minutes INTEGER,
                    slot_capacity INTEGER,
                    questions_close_at BIGINT,
                    source TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    sequence INTEGER NOT NULL,
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL)
                """),
            .shared("CREATE INDEX sessions_org_start ON sessions (organisation_id, starts_at)"),
            .shared("CREATE INDEX sessions_start ON sessions (starts_at)"),
        ]
    )

    /// Reception bookings: seats counted per slot, personal data in its own table.
    static let bookings = Migration(
        version: 3,
        name: "bookings",
        statements: [
            .shared("""
                CREATE TABLE reference_counters (
                    name TEXT NOT NULL, year INTEGER NOT NULL, value BIGINT NOT NULL, PRIMARY KEY (name, year))
                """),
            .shared("""
                CREATE TABLE booking_slots (
                    id TEXT PRIMARY KEY,
                    session_id TEXT NOT NULL REFERENCES sessions(id),
                    starts_at BIGINT NOT NULL,
                    ends_at BIGINT NOT NULL,
                    capacity INTEGER NOT NULL,
                    booked INTEGER NOT NULL DEFAULT 0,
                    CHECK (booked >= 0 AND booked <= capacity))
                """),
            .shared("CREATE INDEX booking_slots_session ON booking_slots (session_id, starts_at)"),
            .shared("""
                CREATE TABLE bookings (
                    reference TEXT PRIMARY KEY,
                    token_hash TEXT NOT NULL,
                    session_id TEXT NOT NULL REFERENCES sessions(id),
                    slot_id TEXT REFERENCES booking_slots(id),
                    status TEXT NOT NULL,
                    queue_position BIGINT NOT NULL,
                    subject TEXT NOT NULL,
                    summary TEXT NOT NULL,
                    group_size INTEGER NOT NULL,
                    phone_key TEXT NOT NULL,
                    id_number_key TEXT,
                    channel TEXT NOT NULL,
                    created_by TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL)
                """),
            .shared("CREATE INDEX bookings_session ON bookings (session_id, status, queue_position)"),
            // One active booking per citizen per session, by phone and by ID number: enforced
            // by the database, so no race between two requests can get past it.
            .shared("CREATE UNIQUE INDEX bookings_one_per_phone ON bookings (session_id, phone_key) WHERE status <> 'cancelled'"),
            .shared("""
                CREATE UNIQUE INDEX bookings_one_per_id_number ON bookings (session_id, id_number_key)
                WHERE status <> 'cancelled' AND id_number_key IS NOT NULL
                """),
            .shared("""
                CREATE TABLE booking_citizens (
                    reference TEXT PRIMARY KEY REFERENCES bookings(reference),
                    name TEXT NOT NULL, phone TEXT NOT NULL, email TEXT, id_number TEXT, address TEXT,
                    representatives TEXT NOT NULL)
                """),
        ]
    )

    /// The session day: staff changes to sessions, visits checked in with their outcome, and the
    /// outbox of notices to citizens.
    static let sessionDay = Migration(
        version: 4,
        name: "session day",
        statements: [
            // Set when the secretariat postpones, cancels or marks a session held: from then on the
            // schedule files no longer rewrite it, so a later sync cannot undo a published notice.
            .shared("ALTER TABLE sessions ADD COLUMN changed_by TEXT"),
            .shared("ALTER TABLE sessions ADD COLUMN received_by TEXT"),
            .shared("ALTER TABLE sessions ADD COLUMN attendance INTEGER"),
            .shared("ALTER TABLE bookings ADD COLUMN checked_in_at BIGINT"),
            .shared("ALTER TABLE bookings ADD COLUMN checked_in_by TEXT"),
            .shared("ALTER TABLE bookings ADD COLUMN outcome TEXT"),
            .shared("ALTER TABLE bookings ADD COLUMN outcome_detail TEXT"),
            .shared("ALTER TABLE bookings ADD COLUMN category TEXT"),
            .shared("ALTER TABLE bookings ADD COLUMN handled_before TEXT"),
            .shared("ALTER TABLE bookings ADD COLUMN outcome_by TEXT"),
            .shared("CREATE INDEX bookings_checked_in ON bookings (checked_in_at)"),
            .shared("""
                CREATE TABLE notifications (
                    id TEXT PRIMARY KEY,
                    channel TEXT NOT NULL,
                    recipient TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    body TEXT NOT NULL,
                    attachment_name TEXT,
                    attachment_type TEXT,
                    attachment TEXT,
                    about_kind TEXT NOT NULL,
                    about_id TEXT NOT NULL,
                    status TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    next_attempt_at BIGINT NOT NULL,
                    claimed_until BIGINT,
                    last_error TEXT,
                    created_at BIGINT NOT NULL,
                    sent_at BIGINT)
                """),
            .shared("CREATE INDEX notifications_due ON notifications (status, next_attempt_at)"),
            .shared("CREATE INDEX notifications_about ON notifications (about_kind, about_id)"),
        ]
    )

    /// Questions and everything citizens send in advance. Personal data lives apart from the text
    /// (`question_citizens`); a denouncer's is sealed there by the application and never stored
    /// in the clear. `folded` is the text without case or diacritics, for search and duplicates.
    static let questions = Migration(
        version: 5,
        name: "questions",
        statements: [
            .shared("""
                CREATE TABLE questions (
                    reference TEXT PRIMARY KEY,
                    token_hash TEXT NOT NULL,
                    organisation_id TEXT NOT NULL REFERENCES organisations(id),
                    session_id TEXT REFERENCES sessions(id),
                    category TEXT NOT NULL,
                    channel TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    text TEXT NOT NULL,
                    folded TEXT NOT NULL,
                    status TEXT NOT NULL,
                    merged_into TEXT REFERENCES questions(reference),
                    department_id TEXT,
                    due_date TEXT NOT NULL,
                    extensions INTEGER NOT NULL DEFAULT 0,
                    supporters INTEGER NOT NULL DEFAULT 0,
                    publish_consent INTEGER NOT NULL,
                    show_unmasked INTEGER NOT NULL DEFAULT 0,
                    answer TEXT,
                    answered_by TEXT,
                    approved_by TEXT,
                    published_at BIGINT,
                    rating INTEGER,
                    rating_comment TEXT,
                    created_by TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL)
                """),
            .shared("CREATE INDEX questions_org_status ON questions (organisation_id, status, due_date)"),
            .shared("CREATE INDEX questions_session ON questions (session_id)"),
            .shared("CREATE INDEX questions_department ON questions (department_id, status)"),
            .shared("""
                CREATE TABLE question_citizens (
                    reference TEXT PRIMARY KEY REFERENCES questions(reference),
                    name TEXT, phone TEXT, email TEXT, address TEXT, sealed TEXT)
                """),
            .shared("""
                CREATE TABLE question_events (
                    reference TEXT NOT NULL REFERENCES questions(reference),
                    position INTEGER NOT NULL,
                    at BIGINT NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    status TEXT NOT NULL,
                    note TEXT,
                    PRIMARY KEY (reference, position))
                """),
            .shared("""
                CREATE TABLE question_redactions (
                    reference TEXT NOT NULL REFERENCES questions(reference),
                    phrase TEXT NOT NULL,
                    created_by TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    PRIMARY KEY (reference, phrase))
                """),
            // Full-text search over the folded text: FTS5 on SQLite, a GIN index on PostgreSQL.
            .perEngine(
                sqlite: "CREATE VIRTUAL TABLE questions_fts USING fts5(reference UNINDEXED, folded, tokenize = 'unicode61')",
                postgres: "CREATE INDEX questions_fts ON questions USING GIN (to_tsvector('simple', folded))"),
            // The answers citizens may read, searched apart so a citizen's intake looks through
            // them only, however many unanswered questions pile up.
            .perEngine(
                sqlite: "CREATE VIRTUAL TABLE questions_public_fts USING fts5(reference UNINDEXED, folded, tokenize = 'unicode61')",
                postgres: """
                    CREATE INDEX questions_public_fts ON questions USING GIN (to_tsvector('simple', folded))
                    WHERE status = 'published' AND publish_consent = 1 AND category <> 'denunciation'
                    """),
        ]
    )

    /// Leaders' and departments' commitments, every change to them, and the reminders already
    /// sent (their primary key is what makes each reminder go out once, on any number of instances).
    static let commitments = Migration(
        version: 6,
        name: "commitments",
        statements: [
            .shared("""
                CREATE TABLE commitments (
                    id TEXT PRIMARY KEY,
                    organisation_id TEXT NOT NULL REFERENCES organisations(id),
                    text TEXT NOT NULL,
                    owner_id TEXT NOT NULL,
                    owner_kind TEXT NOT NULL,
                    session_id TEXT REFERENCES sessions(id),
                    question_ref TEXT REFERENCES questions(reference),
                    made_at BIGINT NOT NULL,
                    due_date TEXT NOT NULL,
                    original_due TEXT NOT NULL,
                    status TEXT NOT NULL,
                    progress INTEGER NOT NULL DEFAULT 0,
                    done_at BIGINT,
                    drop_reason TEXT,
                    created_by TEXT NOT NULL,
                    updated_at BIGINT NOT NULL,
                    CHECK (progress >= 0 AND progress <= 100))
                """),
            .shared("CREATE INDEX commitments_org ON commitments (organisation_id, status, due_date)"),
            .shared("""
                CREATE TABLE commitment_updates (
                    commitment_id TEXT NOT NULL REFERENCES commitments(id),
                    position INTEGER NOT NULL,
                    at BIGINT NOT NULL,
                    actor TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    status TEXT NOT NULL,
                    progress INTEGER NOT NULL,
                    note TEXT,
                    evidence TEXT,
                    due_before TEXT,
                    due_after TEXT,
                    PRIMARY KEY (commitment_id, position))
                """),
            .shared("""
                CREATE TABLE commitment_reminders (
                    commitment_id TEXT NOT NULL REFERENCES commitments(id),
                    kind TEXT NOT NULL,
                    day TEXT NOT NULL,
                    sent_at BIGINT NOT NULL,
                    PRIMARY KEY (commitment_id, kind, day))
                """),
        ]
    )

    /// Minutes and conclusion notices, one row per version (a finalised version is never
    /// rewritten), and published bulletins, which the database itself refuses to change.
    static let documents = Migration(
        version: 7,
        name: "documents",
        statements: [
            .shared("""
                CREATE TABLE minutes (
                    id TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    session_id TEXT NOT NULL REFERENCES sessions(id),
                    organisation_id TEXT NOT NULL REFERENCES organisations(id),
                    kind TEXT NOT NULL,
                    state TEXT NOT NULL,
                    number INTEGER,
                    conclusion TEXT NOT NULL,
                    notes TEXT NOT NULL,
                    html TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    created_by TEXT NOT NULL,
                    finalised_at BIGINT,
                    finalised_by TEXT,
                    PRIMARY KEY (id, version),
                    CHECK (state IN ('draft', 'final')))
                """),
            .shared("CREATE UNIQUE INDEX minutes_session_kind ON minutes (session_id, kind, version)"),
            .shared("""
                CREATE TABLE bulletins (
                    id TEXT PRIMARY KEY,
                    organisation_id TEXT NOT NULL REFERENCES organisations(id),
                    title TEXT NOT NULL,
                    session_id TEXT REFERENCES sessions(id),
                    replaces TEXT REFERENCES bulletins(id),
                    published_at BIGINT NOT NULL,
                    published_by TEXT NOT NULL,
                    document TEXT NOT NULL)
                """),
            .shared("CREATE INDEX bulletins_published ON bulletins (published_at)"),
            // A bulletin is corrected once; a correction of the correction continues the chain.
            .shared("CREATE UNIQUE INDEX bulletins_replaces ON bulletins (replaces)"),
            .shared("""
                CREATE TABLE bulletin_questions (
                    bulletin_id TEXT NOT NULL REFERENCES bulletins(id),
                    reference TEXT NOT NULL REFERENCES questions(reference),
                    PRIMARY KEY (bulletin_id, reference))
                """),
            .perEngine(
                sqlite: """
                    CREATE TRIGGER bulletins_immutable BEFORE UPDATE ON bulletins
                    BEGIN SELECT RAISE(ABORT, 'a published bulletin cannot change'); END
                    """,
                postgres: """
                    CREATE FUNCTION bulletins_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION 'a published bulletin cannot change'; END $$
                    """),
            .perEngine(
                sqlite: """
                    CREATE TRIGGER bulletins_undeletable BEFORE DELETE ON bulletins
                    BEGIN SELECT RAISE(ABORT, 'a published bulletin cannot change'); END
                    """,
                postgres: "CREATE TRIGGER bulletins_immutable BEFORE UPDATE OR DELETE ON bulletins FOR EACH ROW EXECUTE FUNCTION bulletins_immutable()"),
        ]
    )

    /// A radio programme or dialogue on air: when it started and closed, what the console marked
    /// for each question, and the panel invited to it (each member once).
    static let broadcasts = Migration(
        version: 8,
        name: "broadcasts",
        statements: [
            .shared("""
                CREATE TABLE broadcasts (
                    session_id TEXT PRIMARY KEY REFERENCES sessions(id),
                    started_at BIGINT,
                    closed_at BIGINT,
                    closed_by TEXT)
                """),
            .shared("""
                CREATE TABLE broadcast_marks (
                    session_id TEXT NOT NULL REFERENCES sessions(id),
                    reference TEXT NOT NULL REFERENCES questions(reference),
                    state TEXT NOT NULL,
                    answer TEXT NOT NULL,
                    at BIGINT NOT NULL,
                    actor TEXT NOT NULL,
                    PRIMARY KEY (session_id, reference),
                    CHECK (state IN ('answered', 'deferred', 'skipped')))
                """),
            .shared("""
                CREATE TABLE broadcast_panel (
                    session_id TEXT NOT NULL REFERENCES sessions(id),
                    member_id TEXT NOT NULL,
                    member_kind TEXT NOT NULL,
                    invited_at BIGINT NOT NULL,
                    invited_by TEXT NOT NULL,
                    PRIMARY KEY (session_id, member_id))
                """),
        ]
    )
}

