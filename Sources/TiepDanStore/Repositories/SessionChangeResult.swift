public import TiepDanCore

/// A session after a change by staff, and how many notices the change queued.
public struct SessionChangeResult: Sendable {
    public var session: ScheduledSession
    public var noticesQueued: Int
}
