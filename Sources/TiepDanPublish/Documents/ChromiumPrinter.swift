import Foundation

/// Prints a document's HTML to PDF with headless Chromium, where one is installed: a child
/// process per document, awaited without blocking a thread, a few at a time, a few more waiting
/// (`ChromiumPrinterError.busy` past that), each killed after `timeLimit`; the same HTML is printed once
/// (`PDFCache`), so a bulletin or finalised minutes, which never change, cost one Chromium in all.
public struct ChromiumPrinter: Sendable {
    /// The Chromium executable.
    public let executable: String
    /// How long one Chromium may run before it is killed.
    public let timeLimit: Duration
    private let queue: PrintQueue
    private let cache: PDFCache

    /// The printer for the first Chromium found: `TIEPDAN_CHROMIUM`, then `chromium`,
    /// `chromium-browser`, `google-chrome` on the PATH; nil when there is none.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> ChromiumPrinter? {
        if let chosen = environment["TIEPDAN_CHROMIUM"], FileManager.default.isExecutableFile(atPath: chosen) {
            return ChromiumPrinter(executable: chosen)
        }
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in path where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return ChromiumPrinter(executable: "\(folder)/\(name)")
            }
        }
        return nil
    }

    /// Creates a printer for `executable` that runs at most `concurrent` Chromium processes at once, lets `waiting`
    /// more requests wait, and keeps up to `cacheBytes` of printed PDFs.
    public init(executable: String, concurrent: Int = 2, waiting: Int = 8, timeLimit: Duration = .seconds(30), cacheBytes: Int = 64 << 20) {
        self.executable = executable
        self.timeLimit = timeLimit
        self.queue = PrintQueue(limit: concurrent, maxWaiting: waiting)
        self.cache = PDFCache(capacity: cacheBytes)
    }

    /// The PDF of `html` (A4, the page size and margins the document's print CSS sets).
    public func pdf(html: String) async throws -> Data {
        let key = PDFCache.key(html)
        if let printed = await cache.pdf(for: key) { return printed }
        let printed = try await queue.run { try await print(html) }
        await cache.keep(printed, for: key)
        return printed
    }

    private func print(_ html: String) async throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tiepdan-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("document.html")
        let output = folder.appendingPathComponent("document.pdf")
        try Data(html.utf8).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-pdf-header-footer",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--print-to-pdf=\(output.path)", input.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let limit = timeLimit
        // Past the limit Chromium is asked to stop, then killed; its helper processes end with it.
        let watchdog = Task {
            try await Task.sleep(for: limit)
            guard process.isRunning else { return }
            process.terminate()
            try await Task.sleep(for: .seconds(2))
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        defer { watchdog.cancel() }
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        if process.terminationReason == .uncaughtSignal {
            throw ChromiumPrinterError.timedOut(seconds: Int(limit.components.seconds))
        }
        guard status == 0, let data = try? Data(contentsOf: output), data.starts(with: Array("%PDF".utf8)) else {
            throw ChromiumPrinterError.exited(status: status)
        }
        return data
    }
}
