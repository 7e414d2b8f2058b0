public import Logging
public import TiepDanCore

/// The sender used when no gateway is configured: it writes one log line per notice, so a
/// newcomer sees notices flow. The line names the notice and what it is about, never the
/// recipient or the text, which carry personal data.
public struct LogSender: NotificationSender {
    let logger: Logger

    /// A sender writing to `logger`.
    public init(logger: Logger) {
        self.logger = logger
    }

    public func send(_ notice: OutgoingNotice, id: String) async throws {
        logger.notice(
            "notice delivered to the log",
            metadata: [
                "notice": "\(id)", "channel": "\(notice.channel.rawValue)", "about": "\(notice.aboutKind) \(notice.aboutID)",
                "attachment": "\(notice.attachment?.filename ?? "-")",
            ]
        )
    }
}
