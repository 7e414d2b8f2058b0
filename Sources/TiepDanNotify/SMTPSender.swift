import Foundation
import NIOCore
import NIOPosix
public import TiepDanCore

/// Sends e-mail notices through an SMTP server (the office's mail relay). One connection per
/// message, so a broken connection can only ever lose the message being sent, which the
/// worker then retries.
public struct SMTPSender: NotificationSender {
    let configuration: SMTPConfiguration

    /// A sender through the server `configuration` names.
    public init(configuration: SMTPConfiguration) {
        self.configuration = configuration
    }

    public func send(_ notice: OutgoingNotice, id: String) async throws {
        guard notice.channel == .email else { throw SMTPError.configuration("SMTP carries e-mail, not \(notice.channel.rawValue)") }
        // A recipient is written into the envelope and a header: nothing but one plain address may pass.
        guard EmailAddress.isPlausible(notice.recipient) else {
            throw SMTPError.rejected(command: "RCPT", reply: "not a plain e-mail address")
        }
        let message = MIMEMessage(from: configuration.from, notice: notice, messageID: id, date: Date()).render()
        let timeout = configuration.timeout
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.deliver(message, to: notice.recipient) }
            group.addTask {
                try await Task.sleep(for: .seconds(timeout))
                throw SMTPError.connection("no answer within \(Int(timeout)) s")
            }
            try await group.next()
            group.cancelAll()
        }
    }

    private func deliver(_ message: String, to recipient: String) async throws {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(10))
            .connect(host: configuration.host, port: configuration.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let configuration = self.configuration
        try await channel.executeThenClose { inbound, outbound in
            var iterator = inbound.makeAsyncIterator()
            var reader = SMTPReplyReader()
            func reply() async throws -> (code: Int, text: String) {
                while true {
                    guard let buffer = try await iterator.next() else { throw SMTPError.connection("the server closed the connection") }
                    if let reply = reader.receive(buffer) { return reply }
                }
            }
            func command(_ line: String?, expect codes: Set<Int>, name: String) async throws {
                if let line { try await outbound.write(ByteBuffer(string: line + "\r\n")) }
                let answer = try await reply()
                guard codes.contains(answer.code) else { throw SMTPError.rejected(command: name, reply: answer.text) }
            }
            try await command(nil, expect: [220], name: "greeting")
            try await command("EHLO tiepdan", expect: [250], name: "EHLO")
            if let username = configuration.username {
                let secret = Data("\0\(username)\0\(configuration.password ?? "")".utf8).base64EncodedString()
                try await command("AUTH PLAIN " + secret, expect: [235], name: "AUTH")
            }
            try await command("MAIL FROM:<\(configuration.from)>", expect: [250], name: "MAIL FROM")
            try await command("RCPT TO:<\(recipient)>", expect: [250, 251], name: "RCPT TO")
            try await command("DATA", expect: [354], name: "DATA")
            // Dot-stuffing (RFC 5321 §4.5.2), then the lone dot that ends the message.
            let stuffed = message.split(separator: "\r\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix(".") ? "." + $0 : String($0) }.joined(separator: "\r\n")
            try await command(stuffed + ".", expect: [250], name: "message")
            try? await command("QUIT", expect: [221], name: "QUIT")
        }
    }
}
