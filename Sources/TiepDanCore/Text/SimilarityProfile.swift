/// What `VietnameseText.similarity` compares of one folded text, its keywords and its adjacent word pairs, made once:
/// a question scored against fifty candidates is split into words once, not fifty times.
public struct SimilarityProfile: Sendable {
    let words: Set<String>
    let pairs: Set<String>

    /// The profile of `text`, already folded.
    public init(folded text: String) {
        words = VietnameseText.keywords(folded: text)
        pairs = VietnameseText.pairs(folded: text)
    }

    /// How alike the two texts are, 0 to 1: shared keywords over all keywords (Jaccard), plus shared adjacent word
    /// pairs, since Vietnamese words are often two syllables ("dat dai", "ngap ung").
    public func similarity(to other: SimilarityProfile) -> Double {
        guard !words.isEmpty, !other.words.isEmpty else { return 0 }
        let joined = pairs.isEmpty || other.pairs.isEmpty ? 0 : Self.jaccard(pairs, other.pairs)
        return (Self.jaccard(words, other.words) + joined) / 2
    }

    private static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        let shared = a.count <= b.count ? a.count { b.contains($0) } : b.count { a.contains($0) }
        return Double(shared) / Double(a.count + b.count - shared)
    }
}
