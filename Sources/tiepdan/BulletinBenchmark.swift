import ArgumentParser
import Foundation
import TiepDanPublish

/// `tiepdan bulletin-benchmark`: times rendering a large bulletin with the real templates (the
/// budget is checked by benchmarks/run.py).
struct BulletinBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bulletin-benchmark",
        abstract: "Time rendering a bulletin (benchmark).",
        shouldDisplay: false
    )

    @Option(help: "Answered questions in the bulletin.")
    var answers = 10_000

    @Option(help: "Runs; the best is reported.")
    var runs = 3

    @Option(help: "Directory of Mustache templates.")
    var templates = "templates"

    func run() async throws {
        let set = try await TemplateSet(directory: templates)
        let bulletin = DocumentSamples.bulletin(count: answers)
        var best = Double.infinity
        var bytes = 0
        for _ in 0..<max(1, runs) {
            let started = DispatchTime.now().uptimeNanoseconds
            bytes = try set.render("documents/bulletin", with: bulletin).utf8.count
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
        }
        print(String(format: "bulletin of %d answers: %.1f ms (best of %d), %d bytes of HTML", answers, best, runs, bytes))
    }
}
