extension BoundedNumber {
    /// Items in one page of a list (`limit`); the contract's default is 50.
    public static let listLimit = BoundedNumber("limit", 1...500)
    /// Bulletins in the public feed's page (`limit`).
    public static let bulletinLimit = BoundedNumber("limit", 1...200)
    /// The year of a compliance report.
    public static let year = BoundedNumber("year", 2000...2100)
    /// People in one booking or walk-in: the representatives of a crowd included.
    public static let groupSize = BoundedNumber("group_size", 1...1000)
    /// Minutes of a radio programme on air.
    public static let airMinutes = BoundedNumber("minutes_available", 1...600)
    /// Minutes of a programme kept free for call-ins.
    public static let reserveMinutes = BoundedNumber("reserve_minutes", 0...600)
    /// Seconds one question may be given on air.
    public static let segmentSeconds = BoundedNumber("seconds", 10...1800)
    /// Per cent of a commitment done.
    public static let progress = BoundedNumber("progress", 0...100)
    /// A citizen's rating of an answer.
    public static let score = BoundedNumber("score", 1...5)
    /// People present when a session was held.
    public static let attendance = BoundedNumber("attendance", 0...10_000)
    /// Minutes of one reception slot.
    public static let slotMinutes = BoundedNumber("slot_minutes", 5...480)
    /// Citizens received in one slot.
    public static let slotCapacity = BoundedNumber("slot_capacity", 1...200)
    /// A version of minutes, as edits number them.
    public static let minutesVersion = BoundedNumber("version", 1...1_000_000)
    /// A recording's length: up to a day.
    public static let recordingSeconds = BoundedNumber("duration_seconds", 1...86_400)
}
