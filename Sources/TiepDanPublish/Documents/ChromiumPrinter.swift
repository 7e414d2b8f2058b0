import Foundation

/// Prints a document's HTML to PDF with headless Chromium, where one is installed: a child
/// process per document, awaited without blocking a thread, a few at a time.
public struct ChromiumPrinter: Sendable {
    /// The Chromium executable.
    public let executable: String
    private let queue: PrintQueue

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

    /// Creates a printer for `executable` that runs at most `concurrent` Chromium processes at once.
    public init(executable: String, concurrent: Int = 2) {
        self.executable = executable
        self.queue = PrintQueue(limit: concurrent)
    }

    /// The PDF of `html` (A4, the page size and margins the document's print CSS sets).
    public func pdf(html: String) async throws -> Data {
        try await queue.run { try await print(html) }
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
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        guard status == 0, let data = try? Data(contentsOf: output), data.starts(with: Array("%PDF".utf8)) else {
            throw ChromiumPrinterError(status: status)
        }
        return data
    }
}

/// Chromium exited without writing a PDF.
public struct ChromiumPrinterError: Error, CustomStringConvertible, Sendable {
    /// Its exit status.
    public var status: Int32
    /// What happened.
    public var description: String { "Chromium exited with status \(status) without a PDF" }
}
