import Foundation
import Testing

@testable import TiepDanPublish

/// The printer's handling of its child processes, with a stand-in executable in Chromium's place (a shell script
/// that writes a PDF where `--print-to-pdf=` says, counts its runs, and can hang): the cache, the time limit and the
/// bounded waiting line. The real Chromium prints in the system and browser tests.
@Suite struct ChromiumPrinterTests {
    /// A script taking Chromium's arguments; `hang` makes it sleep instead of printing.
    static func standIn(hang: Bool) throws -> (executable: String, runs: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tiepdan-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let runs = folder.appendingPathComponent("runs")
        let script = folder.appendingPathComponent("chromium")
        try """
        #!/bin/sh
        echo run >> '\(runs.path)'
        \(hang ? "exec sleep 60" : "")
        for argument in "$@"; do
          case "$argument" in --print-to-pdf=*) printf '%%PDF-1.4 stand-in\\n' > "${argument#--print-to-pdf=}";; esac
        done
        """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return (script.path, runs)
    }

    static func count(_ runs: URL) -> Int {
        ((try? String(contentsOf: runs, encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    @Test func theSameHTMLIsPrintedOnce() async throws {
        let (executable, runs) = try Self.standIn(hang: false)
        let printer = ChromiumPrinter(executable: executable)
        let first = try await printer.pdf(html: "<p>Bản tin số 1</p>")
        let again = try await printer.pdf(html: "<p>Bản tin số 1</p>")
        #expect(first == again && first.starts(with: Array("%PDF".utf8)))
        #expect(Self.count(runs) == 1, "the second came from the cache")
        _ = try await printer.pdf(html: "<p>Bản tin số 2</p>")
        #expect(Self.count(runs) == 2, "other HTML is printed")
    }

    @Test func aChromiumPastTheTimeLimitIsKilled() async throws {
        let (executable, _) = try Self.standIn(hang: true)
        let printer = ChromiumPrinter(executable: executable, timeLimit: .seconds(1))
        let started = ContinuousClock.now
        await #expect(throws: ChromiumPrinterError.timedOut(seconds: 1)) { try await printer.pdf(html: "<p>x</p>") }
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    @Test func pastTheWaitingLineRequestsAreRefusedAtOnce() async throws {
        let (executable, _) = try Self.standIn(hang: true)
        let printer = ChromiumPrinter(executable: executable, concurrent: 1, waiting: 1, timeLimit: .seconds(3))
        async let first: Data? = try? printer.pdf(html: "<p>1</p>")
        try await Task.sleep(for: .milliseconds(300))
        async let second: Data? = try? printer.pdf(html: "<p>2</p>")
        try await Task.sleep(for: .milliseconds(300))
        let started = ContinuousClock.now
        await #expect(throws: ChromiumPrinterError.busy) { try await printer.pdf(html: "<p>3</p>") }
        #expect(ContinuousClock.now - started < .seconds(1), "refused without waiting")
        _ = await (first, second)
    }
}
