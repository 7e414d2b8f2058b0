/// An RFC 5545 recurrence rule over whole days: when a periodic session falls.
///
/// Supports FREQ (DAILY, WEEKLY, MONTHLY, YEARLY), INTERVAL, COUNT, UNTIL, BYDAY (with
/// ordinals), BYMONTHDAY (negative too), BYMONTH, BYSETPOS and WKST. Times of day are not
/// part of the rule: a schedule gives them separately.
public struct RecurrenceRule: Sendable, Equatable {
    /// The period.
    public var frequency: RecurrenceFrequency
    /// Every n-th period.
    public var interval: Int = 1
    /// Stop after this many occurrences, counted from the start date.
    public var count: Int?
    /// The last date an occurrence may fall on (inclusive).
    public var until: CivilDate?
    /// BYDAY entries.
    public var byDay: [WeekdayOrdinal] = []
    /// BYMONTHDAY entries, 1...31 or -31...-1.
    public var byMonthDay: [Int] = []
    /// BYMONTH entries, 1...12.
    public var byMonth: [Int] = []
    /// BYSETPOS entries, picking among each period's occurrences.
    public var bySetPosition: [Int] = []
    /// The ISO weekday weeks start on (WKST), Monday by default.
    public var weekStart: Int = 1

    /// A rule with only a frequency.
    public init(frequency: RecurrenceFrequency) {
        self.frequency = frequency
    }
}
