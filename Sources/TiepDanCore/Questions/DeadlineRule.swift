import Foundation

/// How long the office has for one category of what citizens bring (DOMAIN "Categories"), read
/// from `schedules/legal/question_deadlines.yaml` so the numbers change with the law, not the code.
public struct DeadlineRule: Sendable, Equatable {
    public var category: CaseCategory
    /// Days from submission to the first duty: an answer or notice, acceptance, or notification.
    public var firstDays: Int
    /// Whether `firstDays` counts working days (else calendar days).
    public var firstInWorkingDays: Bool
    /// Calendar days from acceptance to resolution, for complaints and denunciations.
    public var resolveDays: Int?
    /// Calendar days one extension adds.
    public var extensionDays: Int
    /// How many extensions the law allows.
    public var maxExtensions: Int
    /// The law that sets it.
    public var basis: String
    /// Resolution limits that differ from `resolveDays` for a complex case, a remote area or the second instance.
    public var resolveDaysWhen: [CaseConditions: Int] = [:]

    /// Creates a rule.
    public init(
        category: CaseCategory,
        firstDays: Int,
        firstInWorkingDays: Bool,
        resolveDays: Int?,
        extensionDays: Int,
        maxExtensions: Int,
        basis: String
    ) {
        self.category = category
        self.firstDays = firstDays
        self.firstInWorkingDays = firstInWorkingDays
        self.resolveDays = resolveDays
        self.extensionDays = extensionDays
        self.maxExtensions = maxExtensions
        self.basis = basis
    }

    /// The first due date for something submitted on `day`.
    public func firstDue(submittedOn day: CivilDate, calendar: HolidayCalendar) -> CivilDate {
        firstInWorkingDays
            ? calendar.adding(workingDays: firstDays, to: day)
            : calendar.workingDay(onOrAfter: day.adding(days: firstDays))
    }

    /// The due date once accepted on `day`: the resolution limit where the law sets one, for the case's conditions.
    public func resolutionDue(acceptedOn day: CivilDate, conditions: CaseConditions = CaseConditions(), calendar: HolidayCalendar) -> CivilDate? {
        resolveDays(for: conditions).map { calendar.workingDay(onOrAfter: day.adding(days: $0)) }
    }

    /// Calendar days to resolve a case in `conditions`: the limit the rules give for them, else the plain one.
    public func resolveDays(for conditions: CaseConditions) -> Int? {
        resolveDaysWhen[conditions] ?? resolveDays
    }
}
