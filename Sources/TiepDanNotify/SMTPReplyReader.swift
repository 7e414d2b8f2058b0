import NIOCore

/// Splits the server's byte stream into complete SMTP replies: a reply is one or more lines
/// `250-...` ending with a line `250 ...` (RFC 5321 §4.2.1).
struct SMTPReplyReader {
    private var pending: [UInt8] = []
    private var lines: [String] = []

    /// Adds received bytes; returns a complete reply (code and text) when one has arrived.
    mutating func receive(_ buffer: ByteBuffer) -> (code: Int, text: String)? {
        pending += buffer.readableBytesView
        while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
            var line = Array(pending[..<newline])
            pending.removeSubrange(...newline)
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            let text = String(decoding: line, as: UTF8.self)
            lines.append(text)
            if text.count < 4 || text[text.index(text.startIndex, offsetBy: 3)] == " " {
                let reply = (Int(text.prefix(3)) ?? 0, lines.joined(separator: " | "))
                lines = []
                return reply
            }
        }
        return nil
    }
}
