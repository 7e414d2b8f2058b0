public import TiepDanCore
public import TiepDanStore

/// The written notice or decision of each turn of a case, drafted from its history step, and the record that it was
/// sent to a party.
extension QuestionDesk {
    /// The parties a notice or decision goes to.
    public static let parties = ["sender", "subject", "agency"]

    /// The notice or decision of the step at `position` (1-based) in the case's history; 404 for a step that calls for
    /// none. A denouncer is named only to whoever may open the seal.
    public func decision(_ record: QuestionRecord, position: Int, staff: StaffUser) async throws -> (CaseDecisionKind, CaseDecision) {
        let (kind, event) = try await step(record, position: position, staff: staff)
        guard let organisation = try await schedules.organisation(id: record.organisationID) else {
            throw OfficeError.notFound("no organisation \(record.organisationID)")
        }
        let leaders = try await schedules.leaders(organisationID: organisation.id)
        let head = leaders.head
        let day = organisation.clock.day(of: event.at)
        let rule = deadlines.rule(record.category)
        // What the step recorded: "reason (căn cứ: basis)" for a suspension; the basis then is the staff member's.
        let note = event.note ?? ""
        let stated = note.range(of: " (căn cứ: ").map { (String(note[..<$0.lowerBound]), String(note[$0.upperBound...].dropLast())) }
        let basis =
            stated?.1
            ?? ([.withdrawal, .clarification].contains(kind) ? "\(rule.basis); Luật số 136/2025/QH15" : rule.basis)
        let issuer = DocumentIssuer(organisationName: organisation.name)
        return (
            kind,
            CaseDecision(
                heading: DocumentHeading(
                    issuer: issuer,
                    code: kind.code,
                    number: nil,
                    day: day,
                    kind: kind.documentKind,
                    subject: kind.subject(record.category)
                ),
                addressee: try await addressee(record, staff: staff),
                decided: kind.decided(record.category, reference: record.reference, due: DocumentDate.short(record.dueDate)),
                reason: stated?.0 ?? note,
                basis: basis,
                recipients: ["Như trên", head.map { "\($0.title) \($0.name)" } ?? organisation.name],
                signer: DocumentPerson(name: head?.name ?? "", title: head?.title ?? "")
            )
        )
    }

    /// Records that the notice or decision at `position` went to `party` (`sender`, `subject`, `agency`).
    public func recordSent(_ record: QuestionRecord, position: Int, party: String, staff: StaffUser) async throws {
        // Only the step is needed: drafting the document would open (and audit a look at) the sender's identity.
        let (kind, _) = try await step(record, position: position, staff: staff)
        guard Self.parties.contains(party) else {
            throw OfficeError.invalid(field: "party", "must be one of \(Self.parties.joined(separator: ", "))")
        }
        let to = ["sender": "người gửi", "subject": "người bị khiếu nại, tố cáo", "agency": "cơ quan, đơn vị có liên quan"][party] ?? party
        try await questions.recordDispatch(
            record.reference,
            note: "\(kind.documentKind) \(kind.subject(record.category).lowercased()) (bước \(position)) đã gửi \(to)",
            actor: staff.id,
            now: now()
        )
    }

    /// The history step at `position` (1-based) and the writing it calls for; 404 for a step that calls for none.
    private func step(_ record: QuestionRecord, position: Int, staff: StaffUser) async throws -> (CaseDecisionKind, QuestionEvent) {
        try OrganisationScope.require([.secretariat, .leader], in: record.organisationID, staff: staff, what: "question \(record.reference)")
        let events = try await questions.events(reference: record.reference)
        guard events.indices.contains(position - 1), let kind = CaseDecisionKind(action: events[position - 1].action) else {
            throw OfficeError.notFound("no notice or decision at step \(position) of \(record.reference)")
        }
        return (kind, events[position - 1])
    }

    /// "Ông (bà) NAME, địa chỉ: ADDRESS", opened from the seal only for whoever may see a denouncer.
    private func addressee(_ record: QuestionRecord, staff: StaffUser) async throws -> String {
        guard QuestionAccess.canSeeSubmitter(record, staff: staff) else { return "Người gửi (thông tin được giữ bí mật)" }
        guard let (identity, _) = try? await submitter(record, staff: staff), !identity.name.isEmpty else { return "Người gửi" }
        return "Ông (bà) \(identity.name)" + (identity.address.map { ", địa chỉ: \($0)" } ?? "")
    }
}
