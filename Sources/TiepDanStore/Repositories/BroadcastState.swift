import Foundation

/// Whether a programme is on air or over.
public struct BroadcastState: Sendable, Equatable {
    /// When the console started it, if it did.
    public var startedAt: Date?
    /// When it was closed (the written answers assigned), if it was.
    public var closedAt: Date?
}
