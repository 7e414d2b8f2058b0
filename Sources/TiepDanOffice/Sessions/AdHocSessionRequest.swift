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
}
