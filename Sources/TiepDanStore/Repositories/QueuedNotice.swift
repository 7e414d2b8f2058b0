public import Foundation
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

    /// A notice in the state the outbox holds it.
    public init(
        id: String,
        notice: OutgoingNotice,
        status: String,
        attempts: Int,
        lastError: String?,
        createdAt: Date,
        sentAt: Date? = nil
    ) {
        self.id = id
        self.notice = notice
        self.status = status
        self.attempts = attempts
        self.lastError = lastError
        self.createdAt = createdAt
        self.sentAt = sentAt
    }
}
