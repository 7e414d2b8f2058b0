import TiepDanCore
import TiepDanStore

/// One notice as staff see it on a booking or question: what it told, on which channel, and whether it arrived; the
/// worker's retries show in the attempts.
struct NoticeDelivery: Sendable {
    let what: String
    let channel: String
    /// Sent at, or waiting, or given up.
    let state: String
    let failed: Bool
    /// What the last attempt ran into.
    let error: String?

    /// The notice `queued`, its times on `clock`, in words `word` gives (`notice_channel_*`, `notice_state_*`).
    init(_ queued: QueuedNotice, clock: ZoneClock, _ word: (String) -> String) {
        what = queued.notice.subject
        channel = word("notice_channel_" + queued.notice.channel.rawValue)
        failed = queued.status == "failed"
        switch queued.status {
        case "sent":
            state = word("notice_state_sent") + " " + (queued.sentAt.map { clock.time(of: $0) + " " + DocumentDate.short(clock.day(of: $0)) } ?? "")
        case "failed":
            state = word("notice_state_failed") + " (\(queued.attempts))"
        default:
            state = word("notice_state_pending") + (queued.attempts > 0 ? " (\(queued.attempts))" : "")
        }
        error = queued.status == "sent" ? nil : queued.lastError
    }
}
