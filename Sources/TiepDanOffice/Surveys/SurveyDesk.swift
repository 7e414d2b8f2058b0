public import Foundation
public import TiepDanCore
public import TiepDanStore

/// The satisfaction survey after each contact: its link (`/surveys/{token}`, the token `{kind}.{reference}.{proof}`, given on the receipt
/// and in the answer's notice), the form in force, and the answer, taken once per contact and kept apart from it; or
/// entered by the secretariat from a paper form or read out to a citizen who cannot read (assisted).
public struct SurveyDesk: Sendable {
    /// A contact's survey as its page shows it.
    public struct Opened: Sendable {
        public let invitation: SurveyInvitation
        public let form: SurveyForm
    }

    let surveys: SurveyRepository
    /// Every version of the form, oldest first; the last is asked.
    public let forms: [SurveyForm]
    let seal: IdentitySeal
    let now: @Sendable () -> Date

    /// A desk asking the last of `forms`, its links proved with `seal`'s key.
    public init(surveys: SurveyRepository, forms: [SurveyForm], seal: IdentitySeal, now: @escaping @Sendable () -> Date = Date.init) {
        self.surveys = surveys
        self.forms = forms
        self.seal = seal
        self.now = now
    }

    /// The contact kinds a survey follows.
    public static let kinds: Set<String> = ["visit", "question"]

    /// Sixteen letters, eighty bits: the link is printed on paper and may sit in a phone's history for months.
    public static func proof(kind: String, reference: String, seal: IdentitySeal) -> String {
        LinkProof.make("survey", kind + ":" + reference, seal: seal, letters: 16)
    }

    /// The survey's path for a contact: `/surveys/{token}`.
    public func path(kind: String, reference: String) -> String {
        "/surveys/\(kind).\(reference).\(Self.proof(kind: kind, reference: reference, seal: seal))"
    }

    /// The contact and proof a survey's token names (`visit.TD-2026-000001.abcdefghijklmnop`); nil for a token that is
    /// not one, which the pages answer as not found.
    public static func contact(token: String) -> (kind: String, reference: String, proof: String)? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, kinds.contains(parts[0]), !parts[1].isEmpty, parts[2].count == 16 else { return nil }
        return (parts[0], parts[1], parts[2])
    }

    /// The contact's survey, when the proof is right (or `staff` of its organisation's secretariat enters it) and
    /// the contact was invited; not found otherwise, alike for every reason.
    public func open(kind: String, reference: String, proof: String?, staff: StaffUser? = nil) async throws -> Opened {
        guard Self.kinds.contains(kind), let form = forms.last else { throw OfficeError.notFound("no such survey") }
        if let staff {
            guard let invitation = try await surveys.invitation(kind + ":" + reference) else { throw OfficeError.notFound("no such survey") }
            try OrganisationScope.require([.secretariat], in: invitation.organisationID, staff: staff, what: "the survey")
            return Opened(invitation: invitation, form: form)
        }
        guard let proof, LinkProof.accepts(proof, expected: Self.proof(kind: kind, reference: reference, seal: seal)),
            let invitation = try await surveys.invitation(kind + ":" + reference)
        else { throw OfficeError.notFound("no such survey") }
        return Opened(invitation: invitation, form: form)
    }

    /// Takes the answer: a point 1–5 for every question (each missing or wrong one named), an optional comment of at
    /// most 2,000 characters. Conflict when the contact's survey was answered already.
    public func answer(
        kind: String,
        reference: String,
        proof: String?,
        staff: StaffUser? = nil,
        points: [String: String],
        comment: String?
    ) async throws {
        let opened = try await open(kind: kind, reference: reference, proof: proof, staff: staff)
        var scores: [String: Int] = [:]
        var errors: [FieldIssue] = []
        for id in opened.form.questions.map(\.id) {
            if let point = points[id].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), (1...5).contains(point) {
                scores[id] = point
            } else {
                errors.append(FieldIssue(field: id, message: "choose a point from 1 (very dissatisfied) to 5 (very satisfied)"))
            }
        }
        let comment = comment?.trimmed.nilIfEmpty
        if let comment, comment.count > 2000 { errors.append(FieldIssue(field: "comment", message: "at most 2,000 characters")) }
        guard errors.isEmpty else { throw OfficeError.invalid(errors) }
        let day = ZoneClock(RFC3339.vietnam).day(of: now())
        let invitation = opened.invitation
        let answer = SurveyAnswer(
            organisationID: invitation.organisationID,
            leaderID: invitation.leaderID,
            departmentID: invitation.departmentID,
            channel: invitation.channel,
            contactKind: invitation.contactKind,
            period: day.monthText,
            version: opened.form.version,
            scores: scores,
            comment: comment,
            assisted: staff != nil
        )
        guard try await surveys.answer(invitation.contact, answer) else {
            throw OfficeError.conflict("this survey was answered already: one answer per contact")
        }
    }
}
