import Testing

@testable import TiepDanCore

/// Schedule files are parsed and expanded with `parallelMap`: a folder of any size must come back whole and in order.
@Suite("Parallel map")
struct ParallelMapTests {
    @Test("every count of elements, including those that leave the last chunks empty, maps whole and in order")
    func everyCount() {
        // 9 elements on a machine that makes 8 chunks: chunks of 2, and the sixth would start past the end.
        for count in 0...200 {
            let elements = Array(0..<count)
            #expect(elements.parallelMap { $0 * 3 } == elements.map { $0 * 3 }, "\(count) elements")
        }
    }
}
