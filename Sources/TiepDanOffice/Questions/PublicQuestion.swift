import TiepDanCore
public import TiepDanStore

/// The public face of a published question: masked unless staff decided otherwise, staff redactions
/// applied, and nothing about who asked.
public struct PublicQuestion: Encodable, Sendable {
    public let reference, organisationId, category, subject, text, answer, createdAt, publishedAt: String
    public let sessionId: String?
    public let supporters: Int

    /// The public view of `record` with `redactions` hidden.
    public init(_ record: QuestionRecord, redactions: [String]) {
        let masker = PersonalDataMasker(redactions: redactions)
        func shown(_ text: String) -> String { Self.shown(text, unmasked: record.showUnmasked, masker: masker) }
        reference = record.reference
        organisationId = record.organisationID
        category = record.category.rawValue
        subject = shown(record.subject)
        text = shown(record.text)
        answer = shown(record.answer ?? "")
        createdAt = RFC3339.string(record.createdAt)
        publishedAt = record.publishedAt.map { RFC3339.string($0) } ?? ""
        sessionId = record.sessionID
        supporters = record.supporters
    }

    /// The subject of a suggested answer as the public reads it (a suggestion shows no more).
    public static func subject(of answer: SuggestedAnswer) -> String {
        shown(answer.subject, unmasked: answer.showUnmasked, masker: PersonalDataMasker(redactions: answer.redactions))
    }

    /// Masked (personal data and the office's redactions), unless the office chose to show it as written (`unmasked`).
    private static func shown(_ text: String, unmasked: Bool, masker: PersonalDataMasker) -> String {
        unmasked ? text : masker.masked(text)
    }
}
