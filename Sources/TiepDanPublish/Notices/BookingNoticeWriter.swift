import Foundation
public import TiepDanCore

/// Writes the notices citizens get when their booking changes: a short text message to the
/// phone every booking has, and an e-mail with the booking's `.ics` when an address was given and the citizen agreed
/// to be messaged (`MessagingRule`).
/// Vietnamese first, English second.
public struct BookingNoticeWriter: NoticeComposer {
    /// Creates the writer.
    public init() {}

    public func notices(for facts: BookingNoticeFacts) -> [OutgoingNotice] {
        let when = Self.format(facts.slotStartsAt ?? facts.session.startsAt, in: facts.timeZone)
        let (headline, english, sms): (String, String, String)
        switch facts.change {
        case .postponed:
            let before = facts.previousStartsAt.map { Self.format($0, in: facts.timeZone) } ?? ""
            headline = "Buổi tiếp công dân đã dời từ \(before) sang \(when)."
            english = "The reception session was moved from \(before) to \(when)."
            sms = "TIEP DAN \(facts.reference): buoi tiep doi sang \(Self.ascii(when)) tai \(Self.ascii(facts.session.location))."
        case .sessionCancelled:
            headline = "Buổi tiếp công dân lúc \(when) đã bị hủy. Lịch hẹn \(facts.reference) không còn hiệu lực; xin đăng ký buổi khác."
            english = "The reception session at \(when) was cancelled. Booking \(facts.reference) no longer stands; please book another session."
            sms = "TIEP DAN \(facts.reference): buoi tiep \(Self.ascii(when)) da HUY. Vui long dang ky buoi khac."
        case .promoted:
            headline = "Đã có chỗ cho quý vị: lịch hẹn \(facts.reference) được xác nhận lúc \(when)."
            english = "A place is free: booking \(facts.reference) is confirmed for \(when)."
            sms = "TIEP DAN \(facts.reference): da co cho, hen \(Self.ascii(when)) tai \(Self.ascii(facts.session.location))."
        }
        var body = ["Kính gửi \(facts.citizenName),", "", headline, "Buổi: \(facts.session.title)", "Địa điểm: \(facts.session.location)"]
        if let reason = facts.reason, !reason.isEmpty { body.append("Lý do: \(reason)") }
        body += [
            "Mã đăng ký: \(facts.reference)", "", "---", "", english, "Session: \(facts.session.title)",
            "Place: \(facts.session.location)",
        ]
        if let reason = facts.reason, !reason.isEmpty { body.append("Reason: \(reason)") }
        body.append("Reference: \(facts.reference)")
        let subject: String
        switch facts.change {
        case .postponed: subject = "Lịch tiếp công dân \(facts.reference) đã dời / Your reception appointment was moved"
        case .sessionCancelled: subject = "Lịch tiếp công dân \(facts.reference) đã hủy / Your reception appointment was cancelled"
        case .promoted: subject = "Lịch tiếp công dân \(facts.reference) đã được xác nhận / Your reception appointment is confirmed"
        }
        // Every booking change is the office's own doing, told as part of receiving the citizen.
        let duty = true
        var notices: [OutgoingNotice] = []
        if !facts.phone.isEmpty && MessagingRule.mayMessage(on: .sms, duty: duty, consent: facts.messagesConsent) {
            notices.append(
                OutgoingNotice(channel: .sms, recipient: facts.phone, subject: subject, body: sms, aboutKind: "booking", aboutID: facts.reference)
            )
        }
        if let email = facts.email, MessagingRule.mayMessage(on: .email, duty: duty, consent: facts.messagesConsent) {
            let calendar = BookingCalendarFile(
                reference: facts.reference,
                session: facts.session,
                slotStartsAt: facts.slotStartsAt,
                slotEndsAt: facts.slotEndsAt,
                cancelled: facts.change == .sessionCancelled
            )
            notices.append(
                OutgoingNotice(
                    channel: .email,
                    recipient: email,
                    subject: subject,
                    body: body.joined(separator: "\n"),
                    attachment: NoticeAttachment(
                        filename: facts.reference + ".ics",
                        mediaType: "text/calendar; method=PUBLISH",
                        content: calendar.render()
                    ),
                    aboutKind: "booking",
                    aboutID: facts.reference
                )
            )
        }
        return notices
    }

    /// "08:00 ngày 12/03/2026" in the organisation's zone.
    static func format(_ instant: Date, in zone: TimeZone) -> String {
        let clock = ZoneClock(zone)
        return DocumentDate.clock(minutes: clock.minutes(of: instant)) + " ngày " + DocumentDate.short(clock.day(of: instant))
    }

    /// Text messages go out without diacritics: unaccented SMS is one segment of 160 characters
    /// on every Vietnamese network, where Unicode is 70.
    static func ascii(_ text: String) -> String {
        text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: .diacriticInsensitive, locale: nil)
    }
}
