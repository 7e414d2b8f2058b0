import Foundation
public import TiepDanCore

/// The `.ics` of one booking, for the citizen's own calendar. Its UID is the booking reference,
/// so a postponement or cancellation sent later replaces the entry instead of adding one.
public struct BookingCalendarFile: Sendable {
    public var reference: String
    public var session: ScheduledSession
    public var slotStartsAt: Date?
    public var slotEndsAt: Date?
    /// The booking no longer stands (the session or the booking was cancelled).
    public var cancelled: Bool

    /// Creates the file's content.
    public init(reference: String, session: ScheduledSession, slotStartsAt: Date?, slotEndsAt: Date?, cancelled: Bool) {
        self.reference = reference
        self.session = session
        self.slotStartsAt = slotStartsAt
        self.slotEndsAt = slotEndsAt
        self.cancelled = cancelled
    }

    /// The `text/calendar` body.
    public func render() -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//tiepdan//Lich tiep cong dan//VI", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:\(reference)@tiepdan",
            "DTSTAMP:" + ICalendarFeed.utc(session.updatedAt),
            "DTSTART:" + ICalendarFeed.utc(slotStartsAt ?? session.startsAt),
            "DTEND:" + ICalendarFeed.utc(slotEndsAt ?? session.endsAt),
            "SEQUENCE:\(session.sequence)",
            "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"),
            "SUMMARY:" + ICalendarFeed.escape("Tiếp công dân: \(session.title) (\(reference))"),
            "LOCATION:" + ICalendarFeed.escape(session.location),
        ]
        var description = ["Mã đăng ký / Booking reference: \(reference)", "Mang theo CCCD / Bring your citizen ID card."]
        if let reason = session.reason { description.append(reason) }
        lines.append("DESCRIPTION:" + ICalendarFeed.escape(description.joined(separator: "\n")))
        lines += ["END:VEVENT", "END:VCALENDAR"]
        return lines.map(ICalendarFeed.fold).joined(separator: "\r\n") + "\r\n"
    }
}
