import Testing

@testable import TiepDanCore

/// The rundown builder: the promises the secretariat relies on, over many random programmes.
@Suite("Rundown builder")
struct RundownBuilderTests {
    /// A small deterministic generator, so each failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static func candidates(_ count: Int, seed: UInt64) -> [RundownCandidate] {
        var random = Generator(state: seed)
        let topics = ["đất đai", "giao thông", "y tế", "giáo dục", "môi trường", "an sinh"]
        return (0..<count).map { index in
            RundownCandidate(
                id: String(format: "Q-2026-%06d", index),
                topic: topics[random.next(topics.count)],
                category: CaseCategory.allCases[random.next(5)],
                textLength: 50 + random.next(2000),
                supporters: random.next(30),
                urgent: random.next(10) == 0,
                ageDays: random.next(90),
                secondsOverride: random.next(8) == 0 ? 60 + random.next(400) : nil
            )
        }
    }

    @Test("never over the time, the reserve kept, start times consecutive", arguments: 0..<40)
    func fits(seed: Int) {
        let airSeconds = 1800 + seed * 60
        let reserve = 300 + (seed % 5) * 60
        let rundown = RundownBuilder().build(Self.candidates(10 + seed * 5, seed: UInt64(seed)), airSeconds: airSeconds, reserveSeconds: reserve)
        #expect(rundown.usedSeconds <= airSeconds - reserve)
        #expect(rundown.selected.reduce(0) { $0 + $1.seconds } == rundown.usedSeconds)
        var clock = 0
        for entry in rundown.selected {
            #expect(entry.startsAtSecond == clock)
            clock += entry.seconds
        }
        #expect(clock + reserve <= airSeconds)
        #expect(rundown.selected.count + rundown.leftOut.count == 10 + seed * 5)
    }

    @Test("no question is left out while a lower-priority one as long or longer is in", arguments: 0..<40)
    func priority(seed: Int) {
        let rundown = RundownBuilder().build(Self.candidates(60, seed: UInt64(1000 + seed)), airSeconds: 3600, reserveSeconds: 600)
        for out in rundown.leftOut {
            for inside in rundown.selected where inside.priority < out.priority {
                #expect(
                    inside.seconds < out.seconds,
                    "\(out.id) (priority \(out.priority), \(out.seconds) s) out, \(inside.id) (\(inside.priority), \(inside.seconds) s) in"
                )
            }
        }
    }

    @Test("the same questions in any order give the same rundown")
    func deterministic() {
        let candidates = Self.candidates(300, seed: 7)
        let first = RundownBuilder().build(candidates, airSeconds: 3600, reserveSeconds: 600)
        var shuffled = candidates
        var random = Generator(state: 99)
        for index in shuffled.indices.reversed() { shuffled.swapAt(index, random.next(index + 1)) }
        #expect(RundownBuilder().build(shuffled, airSeconds: 3600, reserveSeconds: 600) == first)
        #expect(RundownBuilder().build(candidates, airSeconds: 3600, reserveSeconds: 600) == first)
    }

    @Test("every topic's best question is weighed up; topics go out in one stretch each; every verdict says why")
    func coverageAndOrder() {
        let popular = (0..<6).map {
            RundownCandidate(
                id: "L\($0)",
                topic: "đất đai",
                category: .question,
                textLength: 200,
                supporters: 12 - $0,
                urgent: false,
                ageDays: 10
            )
        }
        let lone = RundownCandidate(id: "Y1", topic: "y tế", category: .question, textLength: 200, supporters: 4, urgent: false, ageDays: 10)
        let rundown = RundownBuilder().build(popular + [lone], airSeconds: 4 * 104 + 300, reserveSeconds: 300)
        #expect(rundown.selected.contains { $0.id == "Y1" }, "the only health question is heard over the land topic's fourth")
        let topics = rundown.selected.map(\.topic)
        #expect(topics == topics.sorted { (topics.firstIndex(of: $0)!) < (topics.firstIndex(of: $1)!) }, "topics are contiguous")
        #expect((rundown.selected + rundown.leftOut).allSatisfy { !$0.reason.isEmpty })
        #expect(rundown.leftOut.allSatisfy { $0.reason.hasPrefix("Không đủ giờ") })
        #expect(RundownBuilder().build([], airSeconds: 600, reserveSeconds: 900).selected.isEmpty)
    }
}
