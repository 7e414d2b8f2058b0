import Foundation
public import TiepDanCore

/// A stored question without its submitter's personal data (that is `QuestionCitizen`).
public struct QuestionRecord: Sendable, Equatable {
    public var reference: String
    public var organisationID: String
    public var sessionID: String?
    public var category: CaseCategory
    public var channel: String
    public var subject: String
    public var text: String
    public var status: QuestionStatus
    public var mergedInto: String?
    public var departmentID: String?
    public var dueDate: CivilDate
    public var extensions: Int
    public var supporters: Int
    /// The asker's consent, in force now, to publish the question and its answer (masked).
    public var publishConsent: Bool
    /// The asker's consent, in force now, to hear it read on air.
    public var broadcastConsent: Bool = false
    /// Staff decided the text needs no masking in public.
    public var showUnmasked: Bool
    public var answer: String?
    public var publishedAt: Date?
    public var rating: Int?
    public var ratingComment: String?
    /// While the clock is stopped: the status the case returns to, and the day it stopped.
    public var resumeStatus: QuestionStatus?
    public var clockStoppedOn: CivilDate?
    /// A complex case, a remote area, the second instance: what the resolution limit was counted for.
    public var conditions: CaseConditions = CaseConditions()
    /// Flagged sensitive: the subject and text are sealed (`sealedText`), the clear ones read `SensitiveText`.
    public var sensitive: Bool = false
    public var createdAt: Date
    public var updatedAt: Date
}
