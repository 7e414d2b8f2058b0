/// What `VietnameseText.similarity` compares of one folded text, its keywords and its adjacent word pairs, made once:
/// a question scored against fifty candidates is split into words once, not fifty times.
///
/// Words and pairs are kept as 64-bit fingerprints, sorted, and made straight from the text's bytes: a comparison
/// merges two short arrays instead of hashing strings into sets, and no word becomes a string of its own (the
/// suggestions profile fifty candidates for every question sent). Two different words share a fingerprint once in
/// about 10^19 pairs (and a word is taken for a stop word as rarely); the sets of `VietnameseText.keywords(folded:)` and `pairs(folded:)` give the same scores otherwise.
public struct SimilarityProfile: Sendable {
    let words: [UInt64]
    let pairs: [UInt64]

    /// The profile of `text`, already folded (words one space apart).
    public init(folded text: String) {
        var text = text
        var words: [UInt64] = []
        var pairs: [UInt64] = []
        text.withUTF8 { bytes in
            var previous: UInt64?
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
                defer { start = end + 1 }
                guard end > start else { continue }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let print = Self.fingerprint(word)
                if VietnameseText.isKeyword(word) { words.append(print) }
                if let previous { pairs.append(Self.pair(previous, print)) }
                previous = print
            }
        }
        self.words = Self.distinct(words)
        self.pairs = Self.distinct(pairs)
    }

    /// How alike the two texts are, 0 to 1: shared keywords over all keywords (Jaccard), plus shared adjacent word
    /// pairs, since Vietnamese words are often two syllables ("dat dai", "ngap ung").
    public func similarity(to other: SimilarityProfile) -> Double {
        guard !words.isEmpty, !other.words.isEmpty else { return 0 }
        let joined = pairs.isEmpty || other.pairs.isEmpty ? 0 : Self.jaccard(pairs, other.pairs)
        return (Self.jaccard(words, other.words) + joined) / 2
    }

    /// Whether the text has no keyword: nothing is like it.
    public var isEmpty: Bool { words.isEmpty }

    /// The `limit` `candidates` most alike, at least `threshold`, most alike first (then by reference, so equal scores
    /// keep an order), but never `excluding`. Only the best `limit` are kept while scoring: a commune's two thousand
    /// answers are scored for each question sent, and many of them pass the threshold.
    public func mostAlike(
        _ candidates: some Sequence<(reference: String, profile: SimilarityProfile)>,
        threshold: Double,
        limit: Int,
        excluding: String? = nil
    ) -> [(reference: String, score: Double)] {
        func before(_ a: (reference: String, score: Double), _ b: (reference: String, score: Double)) -> Bool {
            a.score != b.score ? a.score > b.score : a.reference < b.reference
        }
        var best: [(reference: String, score: Double)] = []
        guard limit > 0 else { return best }
        best.reserveCapacity(limit + 1)
        for candidate in candidates where candidate.reference != excluding {
            let score = similarity(to: candidate.profile)
            guard score >= threshold else { continue }
            let scored = (reference: candidate.reference, score: score)
            if best.count == limit, let worst = best.last, !before(scored, worst) { continue }
            let position = best.firstIndex { before(scored, $0) } ?? best.endIndex
            best.insert(scored, at: position)
            if best.count > limit { best.removeLast() }
        }
        return best
    }

    /// FNV-1a over `bytes`, from `state`.
    static func fingerprint(_ bytes: some Sequence<UInt8>, from state: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = state
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The print of two adjacent words: the first's, carried on through a space and the second's print.
    private static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
        withUnsafeBytes(of: second.littleEndian) { fingerprint($0, from: fingerprint(CollectionOfOne(0x20), from: first)) }
    }

    private static func distinct(_ prints: [UInt64]) -> [UInt64] {
        var sorted = prints.sorted()
        var kept = 0
        for index in sorted.indices where kept == 0 || sorted[kept - 1] != sorted[index] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    /// Shared over all, for two sorted arrays without repeats.
    private static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        var shared = 0
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(shared) / Double(a.count + b.count - shared)
    }
}
