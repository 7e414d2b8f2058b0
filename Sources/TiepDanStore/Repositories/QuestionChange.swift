public import TiepDanCore

/// What an action sets besides the status: each action reads the fields it needs.
public struct QuestionChange: Sendable {
    /// The reason or note shown in the history (reject, merge, assign...).
    public var note: String?
    /// The question this one merges into.
    public var mergeInto: String?
    /// The department to assign to.
    public var departmentID: String?
    /// A new due date (assign, or accept when the law sets a resolution limit).
    public var dueDate: CivilDate?
    /// The answer text.
    public var answer: String?
    /// What the resolution limit is counted for (accept).
    public var conditions: CaseConditions?
    /// The day the clock stops (pause, clarify).
    public var clockStoppedOn: CivilDate?
    /// Where the due date moves when the clock restarts (resume, clarified), given the case as it stood stopped: read
    /// inside the change's transaction, so two restarts at once cannot both move it.
    public var restartedDue: (@Sendable (QuestionRecord) -> CivilDate)?

    /// Creates a change.
    public init(
        note: String? = nil,
        mergeInto: String? = nil,
        departmentID: String? = nil,
        dueDate: CivilDate? = nil,
        answer: String? = nil,
        conditions: CaseConditions? = nil,
        clockStoppedOn: CivilDate? = nil,
        restartedDue: (@Sendable (QuestionRecord) -> CivilDate)? = nil
    ) {
        self.note = note
        self.mergeInto = mergeInto
        self.departmentID = departmentID
        self.dueDate = dueDate
        self.answer = answer
        self.conditions = conditions
        self.clockStoppedOn = clockStoppedOn
        self.restartedDue = restartedDue
    }
}
