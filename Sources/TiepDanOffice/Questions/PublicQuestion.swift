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
        func shown(_ text: String) -> String { Self.shown(text, of: record, masker: masker) }
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

    /// The subject alone as the public reads it, for a list of suggestions (masking the text and the answer too costs
    /// twice as much again for nothing shown).
    public static func subject(of record: QuestionRecord, redactions: [String]) -> String {
        shown(record.subject, of: record, masker: PersonalDataMasker(redactions: redactions))
    }

    private static func shown(_ text: String, of record: QuestionRecord, masker: PersonalDataMasker) -> String {
        record.showUnmasked ? text : masker.masked(text)
    }
}
