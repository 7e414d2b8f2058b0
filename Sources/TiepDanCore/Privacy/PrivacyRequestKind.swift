/// What a citizen asks of the office about their personal data (Law on Personal Data Protection 2025; Decree
/// 356/2025/NĐ-CP), and how long the office has to do it.
public enum PrivacyRequestKind: String, Sendable, Codable, CaseIterable {
    /// See what is held, and have a copy of it (the export).
    case access
    /// Correct what is wrong.
    case correct
    /// Delete, or anonymise beyond recovery.
    case delete
    /// Restrict the processing.
    case restrict
    /// Object to the processing.
    case object
    /// Withdraw a consent given.
    case withdrawConsent = "withdraw_consent"

    /// Calendar days to carry it out, from the day it was filed (moved off a day off, as the office's other limits
    /// are): view, correct or copy in 10; withdraw consent, restrict or object in 15; delete in 20 (verify against the
    /// decree before relying on a number).
    public var days: Int {
        switch self {
        case .access, .correct: return 10
        case .restrict, .object, .withdrawConsent: return 15
        case .delete: return 20
        }
    }

    /// Working days to acknowledge a request, whatever it asks.
    public static let acknowledgeWorkingDays = 2

    /// The day by which the office must say it has the request.
    public static func acknowledgeBy(filedOn day: CivilDate, calendar: HolidayCalendar) -> CivilDate {
        calendar.adding(workingDays: acknowledgeWorkingDays, to: day)
    }

    /// The day by which it must be carried out.
    public func due(filedOn day: CivilDate, calendar: HolidayCalendar) -> CivilDate {
        calendar.workingDay(onOrAfter: day.adding(days: days))
    }

    /// The day after its one extension: as long again from the first due date.
    public func extended(from due: CivilDate, calendar: HolidayCalendar) -> CivilDate {
        calendar.workingDay(onOrAfter: due.adding(days: days))
    }
}
