public import TiepDanCore

extension BookingRecord {
    /// The online meeting's link as this booking may see it: a confirmed booking that attends online, of a session not
    /// called off. Nobody else is given it (not the waiting list, not a cancelled booking, never a public page, feed or
    /// API answer), so the meeting holds only the citizens the office expects.
    public func joinLink(in session: ScheduledSession) -> String? {
        status == .confirmed && attendance == .online && session.status != .cancelled ? session.joinURL : nil
    }
}
