import Foundation
public import TiepDanCore

/// An RFC 5545 calendar of sessions, for citizens' and staff calendar apps.
///
/// Each event's UID is the session id, so a subscriber's copy updates in place; SEQUENCE
/// rises with every change; a cancelled session stays in the feed as STATUS:CANCELLED so
/// calendars remove it instead of keeping a stale copy. Times are UTC, so no VTIMEZONE is needed.
public struct ICalendarFeed: Sendable {
    /// The calendar's display name.
    public var name: String
    /// The sessions, in any order.
    public var sessions: [ScheduledSession]
    /// Leader names by global id, for descriptions.
    public var leaderNames: [String: String]

    /// Creates a feed.
    public init(name: String, sessions: [ScheduledSession], leaderNames: [String: String]) {
        self.name = name
        self.sessions = sessions
        self.leaderNames = leaderNames
    }

    /// The `text/calendar` body, CRLF line endings, lines folded at 75 octets.
    public func render() -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//tiepdan//Lich tiep cong dan//VI", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escape(name), "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
        ]
        for session in sessions.sorted(by: { ($0.startsAt, $0.id) < ($1.startsAt, $1.id) }) {
            var description: [String] = []
            let leaders = session.leaderIDs.compactMap { leaderNames[$0] }
            if !leaders.isEmpty { description.append("Lãnh đạo: " + leaders.joined(separator: ", ")) }
            if !session.topics.isEmpty { description.append("Nội dung dự kiến: " + session.topics.joined(separator: ", ")) }
            if let moved = session.movedFrom {
                description.append("Dời từ ngày \(moved)" + (session.reason.map { ": \($0)" } ?? ""))
            } else if let reason = session.reason {
                description.append(reason)
            }
            lines += [
                "BEGIN:VEVENT",
                "UID:\(session.id)@tiepdan",
                "DTSTAMP:" + Self.utc(session.updatedAt),
                "LAST-MODIFIED:" + Self.utc(session.updatedAt),
                "DTSTART:" + Self.utc(session.startsAt),
                "DTEND:" + Self.utc(session.endsAt),
                "SEQUENCE:\(session.sequence)",
                "STATUS:" + (session.status == .cancelled ? "CANCELLED" : "CONFIRMED"),
                "SUMMARY:" + Self.escape(session.title),
                "LOCATION:" + Self.escape(session.location),
                "CATEGORIES:" + session.kind.rawValue.uppercased(),
            ]
            if !description.isEmpty { lines.append("DESCRIPTION:" + Self.escape(description.joined(separator: "\n"))) }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", p.year!, p.month!, p.day!, p.hour!, p.minute!, p.second!)
    }

    /// TEXT escaping of RFC 5545 §3.3.11.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            case "\r": continue
            default: result.append(character)
            }
        }
        return result
    }

    /// Folds a line into 75-octet pieces without splitting a UTF-8 character (§3.1).
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if octets + size > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
