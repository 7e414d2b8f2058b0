/// One reply of an SMTP server: its code and its lines without the code (RFC 5321 §4.2).
struct SMTPReply: Sendable, Equatable {
    let code: Int
    let lines: [String]

    /// The reply as one line, for an error message.
    var text: String { lines.joined(separator: " | ") }

    /// The EHLO reply offers `keyword` (`STARTTLS`, `AUTH`...).
    func offers(_ keyword: String) -> Bool {
        lines.contains { $0.uppercased() == keyword || $0.uppercased().hasPrefix(keyword + " ") }
    }
}
