public import Foundation
public import TiepDanCore
public import TiepDanStore

/// A question flagged sensitive: its subject and text sealed like a denouncer's identity, read only by its handlers,
/// each look audited.
extension QuestionDesk {
    /// The sealed subject and text.
    public struct SensitiveContent: Codable, Sendable, Equatable {
        public let subject: String
        public let text: String
    }

    /// Flags the question sensitive (its organisation's secretariat or leaders): from now on its subject and text are
    /// sealed, out of search, never published nor aired.
    public func markSensitive(_ record: QuestionRecord, staff: StaffUser) async throws -> QuestionRecord {
        try OrganisationScope.require([.secretariat, .leader], in: record.organisationID, staff: staff, what: "question \(record.reference)")
        let content = SensitiveContent(subject: record.subject, text: record.text)
        let sealed = try seal.seal(bytes: try JSONEncoder().encode(content))
        do {
            return try await questions.sealSensitive(record.reference, sealed: sealed, actor: staff.id, now: now())
        } catch QuestionError.notAllowed(let why) {
            throw OfficeError.conflict(why)
        }
    }

    /// The sealed subject and text, for the question's handlers (`QuestionAccess.canOpenSensitive`); the look is audited.
    public func sensitiveContent(_ record: QuestionRecord, staff: StaffUser) async throws -> SensitiveContent {
        guard QuestionAccess.canOpenSensitive(record, staff: staff) else {
            throw OfficeError.forbidden("a sensitive question is for its handlers only")
        }
        guard let sealed = try await questions.sensitiveText(record.reference, viewer: staff.id, now: now()) else {
            throw OfficeError.conflict("question \(record.reference) is not sealed as sensitive")
        }
        return try JSONDecoder().decode(SensitiveContent.self, from: try seal.open(bytes: sealed))
    }
}
