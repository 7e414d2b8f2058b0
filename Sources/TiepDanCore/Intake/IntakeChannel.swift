/// How a booking or a question came in. Citizens use the web themselves; the secretariat records what
/// came by any other channel, in person when it names none.
public enum IntakeChannel {
    /// Every channel the secretariat may record.
    public static let all = ["hotline", "mailbox", "in_person", "facebook", "zalo", "email", "web"]

    /// The channel to record for a submission that `asked` for one, or why it may not.
    public static func resolve(_ asked: String?, byStaff: Bool) -> (channel: String, problem: String?) {
        if byStaff {
            let channel = asked ?? "in_person"
            return (channel, all.contains(channel) ? nil : "must be one of \(all.joined(separator: ", "))")
        }
        if let asked, asked != "web" { return ("web", "only staff record other channels") }
        return ("web", nil)
    }
}
