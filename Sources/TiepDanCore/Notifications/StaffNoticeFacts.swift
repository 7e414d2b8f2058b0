/// Everything a notice to staff about a question may say, gathered inside the transaction that made it due. It names
/// the case and the department, never the citizen.
public struct StaffNoticeFacts: Sendable {
    public var kind: StaffNoticeKind
    public var reference: String
    /// The question's subject as staff see it.
    public var subject: String
    /// Who is told: a department (`department:xa-tan-thanh.dia-chinh`), else the organisation's secretariat
    /// (`organisation:xa-tan-thanh`).
    public var recipient: String
    /// The department's or organisation's name, and the legal due date (`dd/MM/yyyy`).
    public var unitName: String
    public var due: String

    /// Creates the facts.
    public init(kind: StaffNoticeKind, reference: String, subject: String, recipient: String, unitName: String, due: String) {
        self.kind = kind
        self.reference = reference
        self.subject = subject
        self.recipient = recipient
        self.unitName = unitName
        self.due = due
    }
}
