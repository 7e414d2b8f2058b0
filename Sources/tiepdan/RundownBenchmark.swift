import ArgumentParser
import Foundation
import TiepDanCore

/// `tiepdan rundown-benchmark`: times the rundown builder on generated questions (the budget is
/// checked by benchmarks/run.py).
struct RundownBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rundown-benchmark",
        abstract: "Time the radio rundown builder (benchmark).",
        shouldDisplay: false
    )

    @Option(help: "Questions collected for the programme.")
    var questions = 2000

    @Option(help: "Runs; the best is reported.")
    var runs = 5

    func run() throws {
        let topics = ["đất đai", "giao thông", "y tế", "giáo dục", "môi trường", "an sinh", "điện", "nước sạch"]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let candidates = (0..<questions).map { index in
            RundownCandidate(
                id: String(format: "Q-2026-%06d", index),
                topic: topics[next(topics.count)],
                category: CaseCategory.allCases[next(5)],
                textLength: 50 + next(2000),
                supporters: next(40),
                urgent: next(10) == 0,
                ageDays: next(90)
            )
        }
        var best = Double.infinity
        var selected = 0
        for _ in 0..<max(1, runs) {
            let started = DispatchTime.now().uptimeNanoseconds
            let rundown = RundownBuilder().build(candidates, airSeconds: 3600, reserveSeconds: 600)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
            selected = rundown.selected.count
        }
        print(
            String(
                format: "rundown of %d questions: %.2f ms (best of %d), %d selected for 60 minutes with 10 in reserve",
                questions,
                best,
                runs,
                selected
            )
        )
    }
}
