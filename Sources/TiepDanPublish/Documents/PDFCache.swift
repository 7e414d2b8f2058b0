import Crypto
import Foundation
import TiepDanCore

/// PDFs already printed, by the SHA-256 of their HTML: the same HTML always prints the same PDF, so a bulletin or
/// finalised minutes (which never change) print once, and a draft that changed misses. At most `capacity` bytes,
/// the least recently used dropped first.
actor PDFCache {
    private let capacity: Int
    private var entries: [String: (pdf: Data, used: UInt64)] = [:]
    private var size = 0
    private var clock: UInt64 = 0

    init(capacity: Int) {
        self.capacity = capacity
    }

    static func key(_ html: String) -> String {
        HexText.encode(SHA256.hash(data: Data(html.utf8)))
    }

    func pdf(for key: String) -> Data? {
        guard let entry = entries[key] else { return nil }
        clock += 1
        entries[key] = (entry.pdf, clock)
        return entry.pdf
    }

    func keep(_ pdf: Data, for key: String) {
        guard pdf.count <= capacity / 4, entries[key] == nil else { return }
        clock += 1
        entries[key] = (pdf, clock)
        size += pdf.count
        while size > capacity, let oldest = entries.min(by: { $0.value.used < $1.value.used }) {
            size -= oldest.value.pdf.count
            entries[oldest.key] = nil
        }
    }
}
