import Foundation
public import TiepDanCore

/// A notice in the outbox with its delivery state.
public struct QueuedNotice: Sendable, Equatable {
    public var id: String
    public var notice: OutgoingNotice
    /// `pending`, `sent` or `failed` (gave up after the last retry).
    public var status: String
    /// Delivery attempts so far, including one in progress.
    public var attempts: Int
    public var lastError: String?
    public var createdAt: Date
    public var sentAt: Date?
}
