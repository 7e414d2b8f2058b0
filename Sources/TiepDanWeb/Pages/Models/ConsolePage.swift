/// The live console of a programme on air: the rundown's rows to mark, spare questions, call-ins, the
/// clock against the rundown, and closing.
struct ConsolePage: PageContent {
    /// A question's row.
    struct Row: Sendable {
        let reference: String
        let topic: String
        let length: String
        /// Planned seconds, 0 for a spare question (the script sums the marked rows).
        let seconds: Int
        let subject: String
        /// Its planned start, absent for a spare question.
        let planned: String?
        let state: String
        let stateLabel: String
        let answer: String
    }

    /// A question phoned in during the programme.
    struct CallIn: Sendable {
        let reference: String
        let caller: String
        let question: String
        let stateLabel: String
    }

    /// A question still without its department, to be given one at closing.
    struct Unassigned: Sendable {
        let reference: String
        let subject: String
    }

    let id: String
    let programmeTitle: String
    let when: String
    let started: Bool
    let closed: Bool
    let startedMilliseconds: Int64
    let elapsed: String
    let offsetLabel: String
    let rows: [Row]
    let spare: [Row]
    let callIns: [CallIn]
    let unassigned: [Unassigned]
    let departments: [Choice]
    let errorSummary: ErrorSummary?
}
