import Foundation
import Testing
import TiepDanCore

@testable import TiepDanPublish

/// The notices citizens get, from the office's templates: every kind written for every channel, each text message one
/// unaccented segment, each e-mail Vietnamese first with the link, and none where the citizen did not agree.
@Suite("Notice texts")
struct NoticeWriterTests {
    static func writer() async throws -> NoticeWriter {
        NoticeWriter(
            templates: try await TemplateSet(directory: DocumentGoldenTests.templatesDirectory),
            publicURL: "https://tiepdan.tayninh.gov.vn/"
        ) { "p-" + $0.suffix(6) }
    }

    @Test("every kind has its templates; with the longest sample each text message is one unaccented segment")
    func everyKind() async throws {
        let writer = try await Self.writer()
        for name in NoticeWriter.templateNames {
            #expect(writer.templates.contains(name), "\(name)")
        }
        var online = NoticeSamples.text
        var inPerson = NoticeSamples.text
        inPerson.joinLink = nil
        online.reason = nil
        for kind in BookingChange.allCases.map({ "booking-" + $0.rawValue }) + QuestionNoticeKind.allCases.map({ "question-" + $0.rawValue }) {
            for text in [online, inPerson] {
                let sms = writer.sms(kind, text)
                #expect(sms.count <= SMSText.segment && sms.allSatisfy { $0.isASCII }, "\(kind): \(sms.count) \(sms)")
                #expect(sms.contains(text.reference) && !sms.contains("{{"), "\(kind): \(sms)")
                #expect(sms.contains(text.optOut), "\(kind): every message carries its way out")
                let (subject, body) = writer.email(kind, text)
                #expect(subject.contains(text.reference) && subject.contains(" / "), "\(kind): Vietnamese / English subject: \(subject)")
                let vietnamese = try #require(body.range(of: "Kính gửi"))
                let english = try #require(body.range(of: "Dear"))
                #expect(vietnamese.lowerBound < english.lowerBound, "\(kind): Vietnamese first")
                #expect(body.components(separatedBy: text.optOut).count == 3, "\(kind): the way out in both languages")
                #expect(!body.contains("{{") && !body.contains("&#"), "\(kind): plain text, nothing escaped for HTML")
            }
        }
    }

    @Test("a confirmation: the link opens the booking with its token, the join link only for online; nothing without consent")
    func confirmation() async throws {
        let writer = try await Self.writer()
        let start = try Date("2026-12-07T08:00:00+07:00", strategy: .iso8601)
        let session = ScheduledSession(
            id: "xa-tan-thanh/2026-12-07",
            organisationID: "xa-tan-thanh",
            ruleID: nil,
            kind: .reception,
            title: "Tiếp công dân định kỳ",
            leaderIDs: [],
            placeID: nil,
            location: "Trụ sở UBND xã Tân Thạnh",
            startsAt: start,
            endsAt: start.addingTimeInterval(3 * 3600),
            status: .scheduled,
            movedFrom: nil,
            reason: nil,
            topics: [],
            slotMinutes: 30,
            slotCapacity: 1,
            questionsCloseAt: nil,
            sequence: 0,
            updatedAt: start
        )
        var facts = BookingNoticeFacts(
            change: .confirmed,
            reference: "TD-2026-000042",
            citizenName: "Lê Thị Hoa",
            phone: "0912 000 111",
            email: "hoa@example.vn",
            session: session,
            slotStartsAt: start,
            slotEndsAt: start.addingTimeInterval(1800),
            previousStartsAt: nil,
            reason: nil,
            timeZone: RFC3339.vietnam,
            messagesConsent: true,
            token: "abc_DEF-123"
        )
        let notices = writer.notices(for: facts)
        #expect(notices.map(\.channel) == [.zalo, .email], "the phone by Zalo unless the citizen chose otherwise")
        #expect(notices.first?.templateData["reference"] == "TD-2026-000042" && notices.last?.templateData == [:])
        let mail = try #require(notices.last)
        #expect(mail.body.contains("https://tiepdan.tayninh.gov.vn/b/TD-2026-000042?t=abc_DEF-123"))
        #expect(mail.body.contains("08:00 ngày 07/12/2026") && mail.body.contains("Trụ sở UBND xã Tân Thạnh"))
        #expect(mail.attachment?.filename == "TD-2026-000042.ics")
        #expect(notices.first?.body.contains("https://tiepdan.tayninh.gov.vn/n/TD-2026-000042/p-000042") == true)
        facts.joinLink = "https://meet.tayninh.gov.vn/td-7"
        #expect(writer.notices(for: facts).last?.body.contains("https://meet.tayninh.gov.vn/td-7") == true)
        // The citizen's choice: text messages only, or e-mail only (the phone is then left alone).
        facts.replyChannel = .sms
        #expect(writer.notices(for: facts).map(\.channel) == [.sms, .email])
        facts.replyChannel = .email
        #expect(writer.notices(for: facts).map(\.channel) == [.email])
        facts.messagesConsent = false
        #expect(writer.notices(for: facts).isEmpty, "a confirmation needs the consent")
        facts.change = .postponed
        facts.previousStartsAt = start.addingTimeInterval(-86_400)
        #expect(writer.notices(for: facts).map(\.channel) == [.sms], "a move is texted whatever the consent, e-mail needing it")
        facts.replyChannel = .zalo
        #expect(writer.notices(for: facts).map(\.channel) == [.zalo], "a move is told on the phone whatever the consent")
    }
}
