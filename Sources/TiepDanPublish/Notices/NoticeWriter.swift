import Foundation
public import TiepDanCore

/// Writes the notices citizens get, from the office's templates (`templates/notices/<kind>.<channel>.mustache`,
/// Vietnamese first): a text message to the phone and an e-mail (with the booking's `.ics`) to the address, each only
/// as `MessagingRule` allows. Every link starts with the public address of the service, never a request's Host header.
public struct NoticeWriter: NoticeComposer {
    let templates: TemplateSet
    /// `https://tiepdan.tayninh.gov.vn`, without a trailing slash.
    let publicURL: String
    /// The proof of a reference's opt-out link (`MessageOptOut.proof(of:seal:)`).
    let optOutProof: @Sendable (String) -> String

    /// A writer rendering `templates`, its links under `publicURL`, each message's way out proved by `optOutProof`.
    public init(templates: TemplateSet, publicURL: String, optOutProof: @escaping @Sendable (String) -> String) {
        self.templates = templates
        self.publicURL = publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
        self.optOutProof = optOutProof
    }

    /// The link every message about `reference` carries, to stop the messages.
    func optOut(_ reference: String) -> String {
        "\(publicURL)/n/\(reference)/\(optOutProof(reference))"
    }

    /// Every template a notice kind needs, by name: `templates check` requires each.
    public static let templateNames: [String] =
        BookingChange.allCases.flatMap { ["notices/booking-\($0.rawValue).sms", "notices/booking-\($0.rawValue).email"] }
        + QuestionNoticeKind.allCases.flatMap { ["notices/question-\($0.rawValue).sms", "notices/question-\($0.rawValue).email"] }
        + StaffNoticeKind.allCases.map { "notices/staff-\($0.rawValue).staff" }

    public func notices(for facts: BookingNoticeFacts) -> [OutgoingNotice] {
        let clock = ZoneClock(facts.timeZone)
        func moment(_ at: Date) -> String { DocumentDate.moment(at, clock: clock) }
        func text() -> NoticeText {
            NoticeText(
                name: facts.citizenName,
                reference: facts.reference,
                session: facts.session.title,
                time: moment(facts.slotStartsAt ?? facts.session.startsAt),
                place: facts.session.location,
                previousTime: facts.previousStartsAt.map(moment),
                reason: facts.reason?.trimmed.nilIfEmpty,
                link: facts.token.map { "\(publicURL)/b/\(facts.reference)?t=\($0)" } ?? "\(publicURL)/lookup",
                lookup: "\(publicURL)/lookup",
                optOut: optOut(facts.reference),
                joinLink: facts.joinLink
            )
        }
        func calendar() -> NoticeAttachment? {
            facts.change == .waitlisted
                ? nil
                : NoticeAttachment(
                    filename: facts.reference + ".ics",
                    mediaType: "text/calendar; method=PUBLISH",
                    content: BookingCalendarFile(
                        reference: facts.reference,
                        session: facts.session,
                        slotStartsAt: facts.slotStartsAt,
                        slotEndsAt: facts.slotEndsAt,
                        cancelled: facts.change == .sessionCancelled
                    ).render()
                )
        }
        return compose(
            "booking-" + facts.change.rawValue,
            text(),
            about: ("booking", facts.reference),
            phone: facts.phone,
            email: facts.email,
            choice: facts.replyChannel,
            duty: facts.change.isDuty,
            consent: facts.messagesConsent,
            attachment: calendar()
        )
    }

    public func notices(for facts: QuestionNoticeFacts) -> [OutgoingNotice] {
        compose(
            "question-" + facts.kind.rawValue,
            NoticeText(
                name: facts.citizenName,
                reference: facts.reference,
                link: facts.token.map { "\(publicURL)/q/\(facts.reference)?t=\($0)" } ?? "\(publicURL)/lookup",
                lookup: "\(publicURL)/lookup",
                optOut: optOut(facts.reference),
                organisation: facts.organisationName,
                due: facts.due,
                note: facts.note
            ),
            about: ("question", facts.reference),
            phone: facts.phone,
            email: facts.email,
            choice: facts.replyChannel,
            duty: false,
            consent: facts.messagesConsent,
            attachment: nil
        )
    }

    public func notices(for facts: StaffNoticeFacts) -> [OutgoingNotice] {
        let kind = "staff-" + facts.kind.rawValue
        let text = NoticeText(
            name: facts.unitName,
            reference: facts.reference,
            session: facts.subject,
            link: "\(publicURL)/staff/questions/\(facts.reference)",
            lookup: "\(publicURL)/staff/questions",
            optOut: "",
            organisation: facts.unitName,
            due: facts.due
        )
        let rendered = (try? templates.render("notices/\(kind).staff", with: text)) ?? "\(facts.reference)\n\n\(text.link)"
        let (subject, body) = Self.split(rendered, fallback: facts.reference)
        return [
            OutgoingNotice(
                channel: .staff,
                recipient: facts.recipient,
                subject: subject,
                body: body,
                aboutKind: "question",
                aboutID: facts.reference,
                kind: kind
            )
        ]
    }

    /// The notices of one kind, on each channel `MessagingRule.channels` picks for the citizen's choice and contacts.
    /// The text and the attachment are made only when a channel is picked: most questions and bookings send nothing,
    /// and the rendering, the calendar file and the opt-out link's proof are most of what a notice costs.
    private func compose(
        _ kind: String,
        _ text: @autoclosure () -> NoticeText,
        about: (kind: String, id: String),
        phone: String?,
        email: String?,
        choice: ReplyChannel,
        duty: Bool,
        consent: Bool,
        attachment: @autoclosure () -> NoticeAttachment?
    ) -> [OutgoingNotice] {
        let phone = phone?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        let email = email?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        let channels = MessagingRule.channels(choice: choice, duty: duty, consent: consent, phone: phone != nil, email: email != nil)
        guard !channels.isEmpty else { return [] }
        let text = text()
        let (subject, body) = self.email(kind, text)
        return channels.map { channel in
            switch channel {
            case .email:
                OutgoingNotice(
                    channel: .email,
                    recipient: email ?? "",
                    subject: subject,
                    body: body,
                    attachment: attachment(),
                    aboutKind: about.kind,
                    aboutID: about.id,
                    kind: kind
                )
            case .sms, .zalo, .staff:
                OutgoingNotice(
                    channel: channel,
                    recipient: phone ?? "",
                    subject: subject,
                    body: sms(kind, text),
                    aboutKind: about.kind,
                    aboutID: about.id,
                    kind: kind,
                    templateData: channel == .zalo ? text.templateData : [:]
                )
            }
        }
    }

    /// The text message of `kind`. The templates are checked at start, so the fallback (reference and link) is there
    /// only so that a citizen is still told something if one went missing since.
    func sms(_ kind: String, _ text: NoticeText) -> String {
        let short = text.forSMS
        let rendered = (try? templates.render("notices/\(kind).sms", with: short)) ?? "TIEP DAN \(short.reference): \(short.lookup)"
        return SMSText.message(rendered)
    }

    /// The e-mail of `kind`: its first line is the subject, the rest the body.
    func email(_ kind: String, _ text: NoticeText) -> (subject: String, body: String) {
        let rendered = (try? templates.render("notices/\(kind).email", with: text)) ?? "tiepdan \(text.reference)\n\n\(text.link)"
        return Self.split(rendered, fallback: text.reference)
    }

    /// A rendered e-mail or staff notice: its first line is the subject, the rest the body.
    private static func split(_ rendered: String, fallback: String) -> (subject: String, body: String) {
        let lines = rendered.trimmed
            .split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        let subject = lines.first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? fallback
        let body = lines.count > 1 ? String(lines[1]).trimmingCharacters(in: .newlines) : ""
        return (subject, body + "\n")
    }
}
