public import TiepDanCore

/// Delivers one notice on one channel. A thrown error means "not delivered": the worker retries.
public protocol NotificationSender: Sendable {
    func send(_ notice: OutgoingNotice, id: String) async throws
}
