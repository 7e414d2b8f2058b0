extension Migrations {
    /// Reception bookings: seats counted per slot, personal data in its own table.
    static let bookings = Migration(
        version: 3,
        name: "bookings",
        statements: [
            .shared(
                """
                CREATE TABLE reference_counters (
                    name TEXT NOT NULL, year INTEGER NOT NULL, value BIGINT NOT NULL, PRIMARY KEY (name, year))
                """
            ),
            .shared(
                """
                CREATE TABLE booking_slots (
                    id TEXT PRIMARY KEY,
                    session_id TEXT NOT NULL REFERENCES sessions(id),
                    starts_at BIGINT NOT NULL,
                    ends_at BIGINT NOT NULL,
                    capacity INTEGER NOT NULL,
                    booked INTEGER NOT NULL DEFAULT 0,
                    CHECK (booked >= 0 AND booked <= capacity))
                """
            ),
            .shared("CREATE INDEX booking_slots_session ON booking_slots (session_id, starts_at)"),
            .shared(
                """
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
                """
            ),
            .shared("CREATE INDEX bookings_session ON bookings (session_id, status, queue_position)"),
            // One active booking per citizen per session, by phone and by ID number: enforced
            // by the database, so no race between two requests can get past it.
            .shared("CREATE UNIQUE INDEX bookings_one_per_phone ON bookings (session_id, phone_key) WHERE status <> 'cancelled'"),
            .shared(
                """
                CREATE UNIQUE INDEX bookings_one_per_id_number ON bookings (session_id, id_number_key)
                WHERE status <> 'cancelled' AND id_number_key IS NOT NULL
                """
            ),
            .shared(
                """
                CREATE TABLE booking_citizens (
                    reference TEXT PRIMARY KEY REFERENCES bookings(reference),
                    name TEXT NOT NULL, phone TEXT NOT NULL, email TEXT, id_number TEXT, address TEXT,
                    representatives TEXT NOT NULL)
                """
            ),
        ]
    )
}
