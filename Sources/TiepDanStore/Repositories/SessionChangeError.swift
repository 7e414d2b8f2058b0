/// Why the secretariat cannot postpone, cancel or close a session as asked.
public enum SessionChangeError: Error, Equatable {
    /// No such session.
    case notFound
    /// The session's state forbids the change, and why.
    case notChangeable(String)
    /// The new time clashes with another session of the same leader.
    case leaderBusy(leaderID: String, sessionID: String)
}
