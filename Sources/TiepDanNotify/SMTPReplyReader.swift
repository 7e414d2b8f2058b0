import NIOCore

/// Splits the server's byte stream into complete SMTP replies: a reply is one or more lines
/// `250-...` ending with a line `250 ...` (RFC 5321 §4.2.1).
struct SMTPReplyReader {
    private var pending: [UInt8] = []
    private var lines: [String] = []

    /// Adds received bytes.
    mutating func receive(_ buffer: ByteBuffer) {
        pending += buffer.readableBytesView
    }

    /// The next complete reply among the bytes received, if one has arrived; a second reply in the same bytes waits
    /// for the next call.
    mutating func next() -> SMTPReply? {
        while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
            var line = Array(pending[..<newline])
            pending.removeSubrange(...newline)
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            let text = String(decoding: line, as: UTF8.self)
            lines.append(String(text.dropFirst(4)))
            if text.count < 4 || text[text.index(text.startIndex, offsetBy: 3)] == " " {
                let reply = SMTPReply(code: Int(text.prefix(3)) ?? 0, lines: lines)
                lines = []
                return reply
            }
        }
        return nil
    }
}
