extension Migrations {
    /// A case whose clock is stopped (temporarily suspended, or waiting for the citizen's clarification) keeps the
    /// status it returns to and the day it stopped, so restarting moves every deadline by exactly the time stopped.
    static let stoppedClock = Migration(
        version: 14,
        name: "stopped_clock",
        statements: [
            .shared("ALTER TABLE questions ADD COLUMN resume_status TEXT"),
            .shared("ALTER TABLE questions ADD COLUMN clock_stopped_on TEXT"),
        ]
    )
}
