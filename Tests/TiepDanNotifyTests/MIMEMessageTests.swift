import Foundation
import Testing
import TiepDanCore

@testable import TiepDanNotify

/// The e-mail a citizen receives: readable by every mail system, Vietnamese intact.
@Suite("E-mail message")
struct MIMEMessageTests {
    static let notice = OutgoingNotice(
        channel: .email,
        recipient: "ut@example.vn",
        subject: "Lịch tiếp công dân đã dời sang ngày 05/12/2026",
        body: String(repeating: "Buổi tiếp của Chủ tịch UBND xã Tân Thành được dời.\n.\n", count: 20),
        attachment: NoticeAttachment(filename: "lich\"tiep.ics", mediaType: "text/calendar", content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"),
        aboutKind: "booking",
        aboutID: "TD-2026-000001"
    )

    @Test("lines end in CRLF and stay within 78 characters; no line is a lone dot")
    func lines() {
        let text = MIMEMessage(from: "tiepdan@xa.gov.vn", notice: Self.notice, messageID: "m-1", date: Date(timeIntervalSince1970: 0)).render()
        #expect(text.hasSuffix("\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(!lines.contains { $0.contains("\n") || $0.contains("\r") })
        #expect(lines.allSatisfy { $0.utf8.count <= 78 })
        #expect(!lines.contains("."))
        #expect(lines.contains("Date: Thu, 01 Jan 1970 00:00:00 +0000"))
    }

    @Test("the subject and both parts decode back to what was sent; the attachment's name cannot break its header")
    func roundTrip() throws {
        let text = MIMEMessage(from: "tiepdan@xa.gov.vn", notice: Self.notice, messageID: "m-1", date: Date()).render()
        let lines = text.components(separatedBy: "\r\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("Subject: ") })
        let folded =
            [String(lines[start].dropFirst("Subject: ".count))] + lines[(start + 1)...].prefix { $0.hasPrefix(" ") }.map { String($0.dropFirst()) }
        #expect(folded.count > 1, "a long subject is folded")
        let subject = try folded.map { word -> String in
            #expect(word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?=") && word.count <= 75)
            return String(decoding: try #require(Data(base64Encoded: String(word.dropFirst(10).dropLast(2)))), as: UTF8.self)
        }.joined()
        #expect(subject == Self.notice.subject)
        // Each base64 block follows a blank line after its part's headers and runs to the next boundary.
        var decoded: [String] = []
        var inPart = false
        var block: [String]? = nil
        for line in lines {
            if line.hasPrefix("--tiepdan-") {
                if let block { decoded.append(String(decoding: Data(base64Encoded: block.joined()) ?? Data(), as: UTF8.self)) }
                block = nil
                inPart = true
            } else if inPart, line.isEmpty, block == nil {
                block = []
            } else if block != nil {
                block!.append(line)
            }
        }
        #expect(decoded == [Self.notice.body, Self.notice.attachment!.content])
        #expect(lines.contains("Content-Disposition: attachment; filename=\"lichtiep.ics\""))
        #expect(MIMEMessage.encodedWord("Plain ASCII") == "Plain ASCII")
    }

    @Test("the relay's address: host, port, credentials and sender, or one line that says what is wrong")
    func configuration() throws {
        let relay = try SMTPConfiguration(url: "smtp://thu.ky:m%40t@mail.xa.gov.vn:2525?from=tiepdan@xa.gov.vn")
        #expect(relay == SMTPConfiguration(host: "mail.xa.gov.vn", port: 2525, username: "thu.ky", password: "m@t", from: "tiepdan@xa.gov.vn"))
        #expect(try SMTPConfiguration(url: "smtp://localhost?from=a@b.vn").port == 25)
        let secure = try SMTPConfiguration(url: "smtps://mail.xa.gov.vn?from=a@b.vn")
        #expect(secure.security == .implicitTLS && secure.port == 465 && !secure.allowPlainAuth)
        #expect(try SMTPConfiguration(url: "smtp://localhost?from=a@b.vn&allow_plain_auth=1").allowPlainAuth)
        for (bad, says) in [
            ("http://x?from=a@b.vn", "expected smtp://"), ("smtp://x", "?from="), ("smtp://x?from=nobody", "?from="),
            ("smtps://x?from=a@b.vn&ca_file=/khong/co.pem", "ca_file"),
        ] {
            #expect {
                try SMTPConfiguration(url: bad)
            } throws: { "\($0)".contains(says) }
        }
    }
}
