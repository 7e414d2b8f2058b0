/// An ad-hoc session (tiếp đột xuất) as the secretariat asks for it; `SessionDesk` checks every field.
public struct AdHocSessionRequest: Decodable, Sendable {
    public let organisationId: String
    public let kind: String?
    public let title: String
    public let leaderIds: [String]
    public let placeId: String?
    public let location: String?
    public let startsAt: String
    public let endsAt: String
    public let topics: [String]?
    public let reason: String
    public let slotMinutes: Int?
    public let slotCapacity: Int?
    /// `in_person` (the default), `online` or `hybrid`.
    public let mode: String?
    /// The online meeting's link, for online and hybrid sessions.
    public let joinUrl: String?

    /// A request as the staff page's form fills it in.
    public init(
        organisationId: String,
        kind: String?,
        title: String,
        leaderIds: [String],
        placeId: String?,
        location: String?,
        startsAt: String,
        endsAt: String,
        topics: [String]?,
        reason: String,
        slotMinutes: Int?,
        slotCapacity: Int?,
        mode: String? = nil,
        joinUrl: String? = nil
    ) {
        self.organisationId = organisationId
        self.kind = kind
        self.title = title
        self.leaderIds = leaderIds
        self.placeId = placeId
        self.location = location
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.topics = topics
        self.reason = reason
        self.slotMinutes = slotMinutes
        self.slotCapacity = slotCapacity
        self.mode = mode
        self.joinUrl = joinUrl
    }
}
