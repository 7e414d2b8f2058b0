extension Migrations {
    /// How each citizen asked to hear back (`ReplyChannel`) on their booking or question, and each organisation's
    /// quiet hours from its schedule file (`organisation.quiet_hours`).
    static let replyChannels = Migration(
        version: 24,
        name: "reply_channels",
        statements: [
            .shared("ALTER TABLE bookings ADD COLUMN reply_channel TEXT"),
            .shared("ALTER TABLE questions ADD COLUMN reply_channel TEXT"),
            .shared("ALTER TABLE organisations ADD COLUMN quiet_hours TEXT"),
        ]
    )
}
