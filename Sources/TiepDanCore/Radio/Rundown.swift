/// A programme's rundown: the selected questions in broadcast order with their start times, the
/// ones left out with the reason, and the time kept for call-ins.
public struct Rundown: Sendable, Equatable {
    /// Selected entries in broadcast order.
    public var selected: [RundownEntry]
    /// Left-out entries, highest priority first.
    public var leftOut: [RundownEntry]
    public var airSeconds: Int
    public var reserveSeconds: Int
    /// Seconds the selected questions fill; never more than `airSeconds - reserveSeconds`.
    public var usedSeconds: Int
}
