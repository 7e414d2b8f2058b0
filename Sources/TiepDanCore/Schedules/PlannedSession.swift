import Foundation

/// One session the schedule files produce for a day: what `expand` prints and `sync` stores.
public struct PlannedSession: Sendable, Equatable {
    /// Whether it will be held.
    public enum Status: String, Sendable, Codable {
        case scheduled, cancelled
    }

    /// Stable id from the organisation, rule and candidate day, so re-reading files finds it again.
    public var id: String
    /// The rule it comes from.
    public var ruleID: String
    /// The organisation.
    public var organisationID: String
    /// Reception or radio.
    public var kind: SessionKind
    /// Title.
    public var title: String
    /// Leaders.
    public var leaderIDs: [String]
    /// The place (reception).
    public var placeID: String?
    /// Where, in words: the place's name or the station.
    public var location: String
    /// Start instant.
    public var startsAt: Date
    /// End instant.
    public var endsAt: Date
    /// Scheduled or cancelled.
    public var status: Status
    /// The candidate day it was moved from, by a holiday or an exception.
    public var movedFrom: CivilDate?
    /// Why it was moved or cancelled.
    public var reason: String?
    /// Expected topics.
    public var topics: [String]
    /// Booking slot length (reception).
    public var slotMinutes: Int?
    /// Citizens per slot (reception).
    public var slotCapacity: Int?
    /// When questions stop being accepted (radio).
    public var questionsCloseAt: Date?
    /// In person, online or hybrid.
    public var mode: SessionMode
    /// The online meeting's link; never published.
    public var joinURL: String?

    /// Creates a value.
    public init(
        id: String,
        ruleID: String,
        organisationID: String,
        kind: SessionKind,
        title: String,
        leaderIDs: [String],
        placeID: String?,
        location: String,
        startsAt: Date,
        endsAt: Date,
        status: Status,
        movedFrom: CivilDate?,
        reason: String?,
        topics: [String],
        slotMinutes: Int?,
        slotCapacity: Int?,
        questionsCloseAt: Date?,
        mode: SessionMode = .inPerson,
        joinURL: String? = nil
    ) {
        self.id = id
        self.ruleID = ruleID
        self.organisationID = organisationID
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
        self.mode = mode
        self.joinURL = joinURL
    }
}
