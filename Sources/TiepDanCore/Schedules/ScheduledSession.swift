import Foundation

/// A session as the service holds it: materialised from the files, or created by staff.
public struct ScheduledSession: Sendable, Equatable {
    /// Stable id (`ORG.RULE.YYYYMMDD` for sessions from files).
    public var id: String
    /// The organisation.
    public var organisationID: String
    /// The rule it comes from; nil for ad-hoc sessions.
    public var ruleID: String?
    /// Reception, radio or dialogue.
    public var kind: SessionKind
    /// Title.
    public var title: String
    /// Leaders, as global ids `ORG.LEADER`.
    public var leaderIDs: [String]
    /// Place id within the organisation.
    public var placeID: String?
    /// Where, in words.
    public var location: String
    /// Start.
    public var startsAt: Date
    /// End.
    public var endsAt: Date
    /// Status.
    public var status: SessionStatus
    /// The day it was moved from, if moved.
    public var movedFrom: CivilDate?
    /// Why it was moved or cancelled.
    public var reason: String?
    /// Expected topics.
    public var topics: [String]
    /// Slot length in minutes (reception).
    public var slotMinutes: Int?
    /// Citizens per slot (reception).
    public var slotCapacity: Int?
    /// When questions close (radio).
    public var questionsCloseAt: Date?
    /// Raised on every change, for calendar subscribers (iCalendar SEQUENCE).
    public var sequence: Int
    /// When it last changed.
    public var updatedAt: Date
    /// In person, online or hybrid.
    public var mode: SessionMode
    /// The online meeting's link: for citizens holding a confirmed booking and for staff, never on a public page,
    /// feed or API answer.
    public var joinURL: String?

    /// Creates a session value.
    public init(
        id: String,
        organisationID: String,
        ruleID: String?,
        kind: SessionKind,
        title: String,
        leaderIDs: [String],
        placeID: String?,
        location: String,
        startsAt: Date,
        endsAt: Date,
        status: SessionStatus,
        movedFrom: CivilDate?,
        reason: String?,
        topics: [String],
        slotMinutes: Int?,
        slotCapacity: Int?,
        questionsCloseAt: Date?,
        sequence: Int,
        updatedAt: Date,
        mode: SessionMode = .inPerson,
        joinURL: String? = nil
    ) {
        self.id = id
        self.organisationID = organisationID
        self.ruleID = ruleID
        self.kind = kind
        self.title = title
        self.leaderIDs = leaderIDs
        self.placeID = placeID
        self.location = location
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.status = status
        self.movedFrom = movedFrom
        self.reason = reason
        self.topics = topics
        self.slotMinutes = slotMinutes
        self.slotCapacity = slotCapacity
        self.questionsCloseAt = questionsCloseAt
        self.sequence = sequence
        self.updatedAt = updatedAt
        self.mode = mode
        self.joinURL = joinURL
    }

    /// The booking slots the hours divide into (none for radio).
    public var slots: [(index: Int, startsAt: Date, endsAt: Date, capacity: Int)] {
        guard let minutes = slotMinutes, let capacity = slotCapacity, minutes > 0 else { return [] }
        var result: [(Int, Date, Date, Int)] = []
        var start = startsAt
        while start < endsAt {
            let end = min(start.addingTimeInterval(Double(minutes * 60)), endsAt)
            result.append((result.count + 1, start, end, capacity))
            start = end
        }
        return result
    }
}
