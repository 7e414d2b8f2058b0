import Foundation
public import TiepDanCore

/// An RFC 5322 message with a UTF-8 text part and the notice's attachment. Every part is base64,
/// so no line of the body starts with a dot or runs past 76 characters.
public struct MIMEMessage: Sendable {
    public var from: String
    public var notice: OutgoingNotice
    public var messageID: String
    public var date: Date

    /// Creates the message.
    public init(from: String, notice: OutgoingNotice, messageID: String, date: Date) {
        self.from = from
        self.notice = notice
        self.messageID = messageID
        self.date = date
    }

    /// The message with CRLF line endings, ready for DATA.
    public func render() -> String {
        let boundary = "tiepdan-" + messageID.filter { $0.isLetter || $0.isNumber }
        var lines = [
            "From: " + from,
            "To: " + notice.recipient,
            "Subject: " + Self.encodedWord(notice.subject),
            "Date: " + Self.rfc5322(date),
            "Message-ID: <\(messageID)@tiepdan>",
            "MIME-Version: 1.0",
        ]
        if let attachment = notice.attachment {
            lines += ["Content-Type: multipart/mixed; boundary=\"\(boundary)\"", "", "--" + boundary]
            lines += Self.part(contentType: "text/plain; charset=utf-8", disposition: nil, content: notice.body)
            lines.append("--" + boundary)
            let name = attachment.filename.filter { $0 != "\"" && $0 != "\r" && $0 != "\n" }
            lines += Self.part(
                contentType: "\(attachment.mediaType); charset=utf-8; name=\"\(name)\"",
                disposition: "attachment; filename=\"\(name)\"",
                content: attachment.content
            )
            lines.append("--" + boundary + "--")
        } else {
            lines += Self.part(contentType: "text/plain; charset=utf-8", disposition: nil, content: notice.body)
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func part(contentType: String, disposition: String?, content: String) -> [String] {
        var lines = ["Content-Type: " + contentType, "Content-Transfer-Encoding: base64"]
        if let disposition { lines.append("Content-Disposition: " + disposition) }
        lines.append("")
        let encoded = Data(content.utf8).base64EncodedString()
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[index..<end]))
            index = end
        }
        return lines
    }

    /// RFC 2047 encoded words, so a Vietnamese subject survives every mail system: each word at most
    /// 39 bytes of whole characters (64 characters encoded, within the 75 allowed), folded one a line so
    /// that no header line runs past 78 characters.
    static func encodedWord(_ text: String) -> String {
        if text.allSatisfy({ $0.isASCII && !$0.isNewline }) { return text }
        var words: [String] = []
        var chunk = ""
        for character in text where !character.isNewline {
            if chunk.utf8.count + String(character).utf8.count > 39 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?" + Data($0.utf8).base64EncodedString() + "?=" }.joined(separator: "\r\n ")
    }

    static func rfc5322(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
