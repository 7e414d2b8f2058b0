import Foundation

/// One line of the register of citizen reception (Sổ tiếp công dân, Form 03): a visit that was
/// checked in, with its session.
public struct RegisterEntry: Sendable {
    public var booking: BookingRecord
    public var sessionID: String
    public var sessionTitle: String
    public var organisationID: String
    /// Leader ids who received (from the session's record, else its planned leaders).
    public var receivedBy: [String]
}
