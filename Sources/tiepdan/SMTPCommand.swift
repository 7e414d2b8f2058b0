import ArgumentParser
import Foundation
import TiepDanCore
import TiepDanNotify

/// `tiepdan smtp test`: one test message through the relay `serve` would use, so an operator sees at once whether the
/// address, the certificate and the password are right, before citizens' notices depend on them.
struct SMTPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smtp",
        abstract: "Check the SMTP relay for e-mail notices.",
        subcommands: [Test.self]
    )

    /// `tiepdan smtp test --to ADDRESS`.
    struct Test: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Send one test message through the relay; exit 1 with the reason if it fails.")

        @Option(help: "The relay, as serve's --smtp (or TIEPDAN_SMTP).")
        var smtp: String?

        @Option(help: "Where the test message goes.")
        var to: String

        func run() async throws {
            try await CommandFailure.reporting {
                guard let url = smtp ?? ProcessInfo.processInfo.environment["TIEPDAN_SMTP"] else {
                    throw CommandFailure("give --smtp or TIEPDAN_SMTP")
                }
                let sender = try SMTPSender(configuration: try SMTPConfiguration(url: url))
                let notice = OutgoingNotice(
                    channel: .email,
                    recipient: to,
                    subject: "Thư thử của tiepdan / tiepdan test message",
                    body: "Máy chủ thư đã chuyển được thư này.\n\nThe relay delivered this message.",
                    aboutKind: "test",
                    aboutID: "smtp"
                )
                try await sender.send(notice, id: "T-" + SecureRandom.hex(bytes: 6))
                print("delivered to the relay for \(to)")
            }
        }
    }
}
