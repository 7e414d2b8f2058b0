import Metrics

/// The office's own counters, for `/metrics`: what citizens handed in and what sign-ins were refused. Named here
/// once, so that a dashboard's queries and the code agree.
enum OfficeMetrics {
    /// A booking accepted: a seat, or a place on the waiting list.
    static func bookingAccepted(waitlisted: Bool) {
        Counter(label: "tiepdan_bookings_accepted_total", dimensions: [("list", waitlisted ? "waiting" : "seat")]).increment()
    }

    /// A question stored, by the channel it came through.
    static func questionAccepted(channel: String) {
        Counter(label: "tiepdan_questions_accepted_total", dimensions: [("channel", channel)]).increment()
    }

    /// A sign-in refused: a wrong name or password or code (`credentials`), or too many attempts (`limited`).
    static func signInRefused(_ reason: String) {
        Counter(label: "tiepdan_sign_in_failures_total", dimensions: [("reason", reason)]).increment()
    }
}
