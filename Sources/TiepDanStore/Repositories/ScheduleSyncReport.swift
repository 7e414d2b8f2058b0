/// What one `schedules sync` did.
public struct ScheduleSyncReport: Sendable, Equatable, CustomStringConvertible {
    /// Sessions new in the files.
    public var created = 0
    /// Sessions whose time, place, status or text changed (their SEQUENCE was raised).
    public var updated = 0
    /// Sessions the files still describe the same way.
    public var unchanged = 0
    /// Sessions gone from the files, now shown as cancelled.
    public var cancelled = 0
    /// Sessions gone from the files but holding bookings or questions: left as they are.
    public var conflicts: [String] = []

    /// Nothing was read: the files and the horizon are those of the last sync.
    public var filesUnchanged = false

    /// Creates an empty report.
    public init() {}

    /// One line for operators.
    public var description: String {
        if filesUnchanged { return "the files and the horizon are those of the last sync; nothing to do" }
        return "\(created) created, \(updated) updated, \(unchanged) unchanged, \(cancelled) cancelled, \(conflicts.count) conflict(s)"
            + conflicts.map { "\n  conflict: \($0)" }.joined()
    }
}
