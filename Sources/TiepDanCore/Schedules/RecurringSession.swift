/// A rule of periodic sessions from a schedule file: reception or radio.
public struct RecurringSession: Sendable, Equatable {
    /// Stable rule id, unique within its organisation.
    public var id: String
    /// Reception or radio.
    public var kind: SessionKind
    /// Title shown to citizens.
    public var title: String
    /// Leaders who receive or answer.
    public var leaderIDs: [String]
    /// The place (reception).
    public var placeID: String?
    /// The station (radio).
    public var station: String?
    /// When it recurs.
    public var rule: RecurrenceRule
    /// The first candidate day (DTSTART).
    public var start: CivilDate
    /// Local hours.
    public var hours: WallClockSpan
    /// Length of each booking slot (reception).
    public var slotMinutes: Int?
    /// Citizens per slot (reception).
    public var slotCapacity: Int?
    /// What a holiday does to it.
    public var onHoliday: HolidayPolicy
    /// Expected topics, published with the schedule.
    public var topics: [String]
    /// How long before a radio broadcast questions close.
    public var questionsClose: ISODuration?
    /// In person, online or hybrid (reception).
    public var mode: SessionMode = .inPerson
    /// The online meeting's link (online and hybrid): given only to citizens holding a confirmed booking.
    public var joinURL: String? = nil
    /// Where the rule is written, for problems found later.
    public var line: Int
    /// Column of the rule's `rule` value.
    public var column: Int
}
