import Foundation
public import TiepDanCore

/// A stored booking with its citizen's details (for the citizen and authorised staff only).
public struct BookingRecord: Sendable, Equatable {
    public var reference: String
    public var sessionID: String
    public var slotID: String?
    public var slotStartsAt: Date?
    public var slotEndsAt: Date?
    public var status: BookingStatus
    public var subject: String
    public var summary: String
    public var groupSize: Int
    public var representatives: [String]
    public var name: String
    public var phone: String
    public var email: String?
    public var idNumber: String?
    public var address: String?
    public var channel: String
    public var createdAt: Date
    /// When the citizen was checked in on the day; nil until then.
    public var checkedInAt: Date?
    /// How the visit ended, once recorded.
    public var outcome: VisitOutcome?
    /// The guidance given, where the case was transferred, or why reception was refused.
    public var outcomeDetail: String?
    /// What the citizen brought, as classified at the visit.
    public var category: CaseCategory?
    /// The body that already handled the case, if any (Form 03 column 7).
    public var handledBefore: String?
    /// In person or online: how the citizen attends (chosen when booking a hybrid session).
    public var attendance: SessionMode = .inPerson
    /// A denouncer received in person: the identity, sealed; `name` then reads `DenouncerSecrecy.label` and the other
    /// personal fields are empty.
    public var sealedIdentity: String?
    /// Flagged sensitive: the subject, summary and outcome detail are sealed; the clear ones read `SensitiveText`.
    public var sensitive: Bool = false
    /// The citizen agreed to be messaged, and has not withdrawn it (`ConsentPurpose.messages`).
    public var messagesConsent: Bool = false
    /// How the citizen asked to hear back.
    public var replyChannel: ReplyChannel = .zalo
}
