extension Migrations {
    /// A question or a visit flagged sensitive (health, alleged offences, political or religious views, ID images): its
    /// text sealed like a denouncer's identity, the clear columns holding a placeholder.
    static let sensitiveRecords = Migration(
        version: 21,
        name: "sensitive_records",
        statements: [
            .shared("ALTER TABLE questions ADD COLUMN sealed_text TEXT"),
            .shared("ALTER TABLE bookings ADD COLUMN sealed_text TEXT"),
        ]
    )
}
