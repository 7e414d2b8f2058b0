/// That a session took place: the leaders who received citizens and, when not those checked in, how many came.
public struct HeldReport: Decodable, Sendable {
    public let receivedBy: [String]
    public let attendance: Int?

    /// The leaders who received, and how many came (nil: those checked in).
    public init(receivedBy: [String], attendance: Int?) {
        self.receivedBy = receivedBy
        self.attendance = attendance
    }
}
