import Foundation

/// How citizens are received (Law 136/2025/QH15, Art. 3a): in person, online, or both, each citizen choosing when
/// booking a hybrid session.
public enum SessionMode: String, Sendable, Codable, CaseIterable {
    case inPerson = "in_person"
    case online
    case hybrid

    /// Whether citizens may take part online: such a session has a join link and is recorded.
    public var takesOnline: Bool { self != .inPerson }

    /// Whether citizens may come in person.
    public var takesInPerson: Bool { self != .online }

    /// How a citizen booked into a session of this mode attends, given the citizen's choice: the session's own mode
    /// unless it is hybrid, where the choice decides; nil when the choice is missing or not offered.
    public func attendance(choosing choice: SessionMode?) -> SessionMode? {
        switch self {
        case .inPerson, .online: return choice == nil || choice == self ? self : nil
        case .hybrid: return choice == .inPerson || choice == .online ? choice : nil
        }
    }

    /// What is wrong with `joinURL` for a session of this mode (a link for online and hybrid, none in person), or nil.
    public func joinLinkProblem(_ joinURL: String?) -> String? {
        if let joinURL, !Self.isJoinLink(joinURL) { return "join_url must be an https link" }
        if takesOnline && joinURL == nil { return "a session that is \(rawValue) needs its join_url" }
        if !takesOnline && joinURL != nil { return "join_url is for online and hybrid sessions: set mode" }
        return nil
    }

    /// Whether `text` may serve as a join link: an `https` URL with a host, and nothing a page could misread.
    public static func isJoinLink(_ text: String) -> Bool {
        guard text.count <= 500, let url = URL(string: text), url.scheme == "https", let host = url.host, !host.isEmpty else { return false }
        return !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
    }
}
