import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// `transform` applied to every element on all cores, results in the original order.
    ///
    /// For independent, CPU-bound work such as parsing thousands of schedule files or
    /// expanding thousands of organisations' rules.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let chunks = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        guard chunks > 1 else { return map(transform) }
        let results = Mutex<[Int: [T]]>([:])
        let size = (count + chunks - 1) / chunks
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            // Rounding the size up can leave the last chunks nothing (9 elements: chunks of 2, the sixth starts past the end).
            guard chunk * size < count else { return }
            let range = (chunk * size)..<Swift.min(count, (chunk + 1) * size)
            let part = self[range].map(transform)
            results.withLock { $0[chunk] = part }
        }
        return results.withLock { finished in (0..<chunks).flatMap { finished[$0] ?? [] } }
    }
}
