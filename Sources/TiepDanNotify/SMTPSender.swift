import Foundation
import NIOCore
import NIOPosix
import NIOSSL
public import TiepDanCore

/// Sends e-mail notices through an SMTP server (the office's mail relay). The connection is encrypted whenever it can
/// be: TLS from the start (`smtps://`) or STARTTLS when the relay offers it, the certificate verified against the
/// system's roots (or `ca_file`) and the relay's name. A password never crosses a clear connection unless the URL says
/// `allow_plain_auth=1`. One connection per message, so a broken connection can only ever lose the message being sent,
/// which the worker then retries.
public struct SMTPSender: NotificationSender {
    let configuration: SMTPConfiguration
    let tls: NIOSSLContext

    /// A sender through the server `configuration` names; throws when its trusted certificates cannot be read.
    public init(configuration: SMTPConfiguration) throws {
        self.configuration = configuration
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.minimumTLSVersion = .tlsv12
        if let caFile = configuration.caFile { tls.trustRoots = .file(caFile) }
        do {
            self.tls = try NIOSSLContext(configuration: tls)
        } catch {
            throw SMTPError.configuration("the certificates to trust cannot be loaded: \(error)")
        }
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

    /// The TLS handler for the relay: SNI names a host, never an address; an address is checked against the
    /// certificate's IP entries instead.
    static func tlsHandler(_ context: NIOSSLContext, host: String) throws -> NIOSSLClientHandler {
        let isAddress = (try? SocketAddress(ipAddress: host, port: 0)) != nil
        return try NIOSSLClientHandler(context: context, serverHostname: isAddress ? nil : host)
    }

    private func deliver(_ message: String, to recipient: String) async throws {
        let configuration = self.configuration
        let context = self.tls
        let host = configuration.host
        let implicit = configuration.security == .implicitTLS
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(10))
            .connect(host: host, port: configuration.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if implicit { try channel.pipeline.syncOperations.addHandler(try Self.tlsHandler(context, host: host)) }
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let underlying = channel.channel
        try await channel.executeThenClose { inbound, outbound in
            var iterator = inbound.makeAsyncIterator()
            var reader = SMTPReplyReader()
            func reply() async throws -> SMTPReply {
                while true {
                    if let reply = reader.next() { return reply }
                    guard let buffer = try await iterator.next() else { throw SMTPError.connection("the server closed the connection") }
                    reader.receive(buffer)
                }
            }
            @discardableResult
            func command(_ line: String?, expect codes: Set<Int>, name: String) async throws -> SMTPReply {
                if let line { try await outbound.write(ByteBuffer(string: line + "\r\n")) }
                let answer = try await reply()
                guard codes.contains(answer.code) else { throw SMTPError.rejected(command: name, reply: answer.text) }
                return answer
            }
            try await command(nil, expect: [220], name: "greeting")
            var capabilities = try await command("EHLO tiepdan", expect: [250], name: "EHLO")
            var encrypted = implicit
            if !encrypted && capabilities.offers("STARTTLS") {
                try await command("STARTTLS", expect: [220], name: "STARTTLS")
                // Nearest the socket, so everything from here on is encrypted; the handshake starts as it is added.
                try await underlying.eventLoop.submit {
                    try underlying.pipeline.syncOperations.addHandler(try Self.tlsHandler(context, host: host), position: .first)
                }.get()
                encrypted = true
                // What the relay offered in clear may have been changed by someone in between: ask again (RFC 3207 §4.2).
                capabilities = try await command("EHLO tiepdan", expect: [250], name: "EHLO")
            }
            if let username = configuration.username {
                guard encrypted || configuration.allowPlainAuth else {
                    throw SMTPError.insecure(
                        "\(host) offers no STARTTLS, so the password was not sent; use smtps://, a relay with TLS, or allow_plain_auth=1"
                    )
                }
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
