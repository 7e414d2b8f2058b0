public import Foundation
public import TiepDanCore

/// A session as the public schedule's API shows it, in its organisation's zone, with the seats left.
public struct PublicSession: Encodable, Sendable {
    /// One booking slot and the seats left in it.
    public struct Slot: Encodable, Sendable {
        public let id, startsAt, endsAt: String
        public let capacity, available: Int
    }

    public let id, kind, title, organisationId: String
    public let leaderIds: [String]
    public let location, startsAt, endsAt, status: String
    public let questionsOpen: Bool
    public let slotsTotal, slotsAvailable: Int
    public let movedFrom: String?
    public let reason: String?
    public let topics: [String]
    public let questionsCloseAt: String?
    /// `in_person`, `online` or `hybrid`. The join link itself is never part of the public view.
    public let mode: String
    /// Filled when one session is asked for.
    public var slots: [Slot]?

    /// The public view of `session`; `taken` holds the seats booked per slot id.
    public init(_ session: ScheduledSession, zone: TimeZone, taken: [String: Int] = [:], now: Date = Date()) {
        id = session.id
        kind = session.kind.rawValue
        title = session.title
        organisationId = session.organisationID
        leaderIds = session.leaderIDs
        location = session.location
        startsAt = RFC3339.string(session.startsAt, in: zone)
        endsAt = RFC3339.string(session.endsAt, in: zone)
        status = session.status.rawValue
        questionsOpen = session.takesQuestions(at: now)
        slotsTotal = session.slots.reduce(0) { $0 + $1.capacity }
        slotsAvailable = session.seatsLeft(taken: taken)
        movedFrom = session.movedFrom?.description
        reason = session.reason
        topics = session.topics
        questionsCloseAt = session.questionsCloseAt.map { RFC3339.string($0, in: zone) }
        mode = session.mode.rawValue
        slots = nil
    }

    /// The same view with each slot and its seats left.
    public func withSlots(of session: ScheduledSession, zone: TimeZone, taken: [String: Int]) -> PublicSession {
        var view = self
        view.slots = session.slots.map {
            Slot(
                id: "\(session.id)-\($0.index)",
                startsAt: RFC3339.string($0.startsAt, in: zone),
                endsAt: RFC3339.string($0.endsAt, in: zone),
                capacity: $0.capacity,
                available: max(0, $0.capacity - (taken["\(session.id)-\($0.index)"] ?? 0))
            )
        }
        return view
    }
}
