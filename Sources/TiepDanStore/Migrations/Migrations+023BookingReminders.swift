extension Migrations {
    /// The reminders sent for each booking, one row per booking and kind: the primary key lets exactly one instance
    /// claim each reminder.
    static let bookingReminders = Migration(
        version: 23,
        name: "booking_reminders",
        statements: [
            .shared(
                """
                CREATE TABLE booking_reminders (
                    reference TEXT NOT NULL REFERENCES bookings(reference),
                    kind TEXT NOT NULL,
                    sent_at BIGINT NOT NULL,
                    PRIMARY KEY (reference, kind))
                """
            )
        ]
    )
}
