import Foundation
public import TiepDanCore

/// A citizen's request about their personal data, with its clocks.
public struct PrivacyRequestRecord: Sendable, Equatable {
    /// `PR-2026-000001`.
    public var id: String
    /// The office that holds the data the request is about.
    public var organisationID: String
    public var kind: PrivacyRequestKind
    /// The booking or question through which the person is known.
    public var subject: ConsentSubject
    /// What the citizen wrote (what to correct, which consent, why they object).
    public var detail: String?
    /// `web` for the citizen with the token; `desk` when staff filed it after checking an identity paper.
    public var channel: String
    /// `citizen`, or the staff member who filed it.
    public var filedBy: String
    public var filedAt: Date
    public var acknowledgeBy: CivilDate
    public var dueDate: CivilDate
    public var acknowledgedAt: Date?
    /// Why the one extension was taken; nil while none was.
    public var extendedReason: String?
    public var status: PrivacyRequestStatus
    /// What was done, or why refused.
    public var outcomeReason: String?
    public var completedBy: String?
    public var completedAt: Date?
}
