import Foundation

/// Vietnamese text as search and duplicate detection see it.
public enum VietnameseText {
    /// Lower case, without diacritics (đ as d), words separated by single spaces: "Đường xã
    /// NGẬP!" becomes "duong xa ngap", so a citizen typing without accents finds the same.
    public static func folded(_ text: String) -> String {
        let plain = text.lowercased().replacingOccurrences(of: "đ", with: "d")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var result = ""
        var pendingSpace = false
        for scalar in plain.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    /// The folded words that carry meaning: common function words left out.
    public static func keywords(_ text: String) -> Set<String> {
        keywords(folded: folded(text))
    }

    /// As `keywords`, for text already folded (the stored `folded` column).
    public static func keywords(folded text: String) -> Set<String> {
        Set(text.split(separator: " ").map(String.init).filter { $0.count > 1 && !stopWords.contains($0) })
    }

    /// How alike two texts are, 0 to 1: shared keywords over all keywords (Jaccard), plus shared
    /// adjacent word pairs, since Vietnamese words are often two syllables ("dat dai", "ngap ung").
    public static func similarity(_ a: String, _ b: String) -> Double {
        similarity(folded: folded(a), folded(b))
    }

    /// As `similarity`, for texts already folded: no Unicode work, so scoring many candidates is cheap.
    public static func similarity(folded a: String, _ b: String) -> Double {
        let wordsA = keywords(folded: a)
        let wordsB = keywords(folded: b)
        guard !wordsA.isEmpty, !wordsB.isEmpty else { return 0 }
        let pairsA = pairs(folded: a)
        let pairsB = pairs(folded: b)
        let words = Double(wordsA.intersection(wordsB).count) / Double(wordsA.union(wordsB).count)
        let joined =
            pairsA.isEmpty || pairsB.isEmpty
            ? 0
            : Double(pairsA.intersection(pairsB).count) / Double(pairsA.union(pairsB).count)
        return (words + joined) / 2
    }

    static func pairs(folded text: String) -> Set<String> {
        let words = text.split(separator: " ").map(String.init)
        guard words.count > 1 else { return [] }
        return Set((0..<words.count - 1).map { words[$0] + " " + words[$0 + 1] })
    }

    static let stopWords: Set<String> = [
        "la", "va", "cua", "co", "cho", "toi", "chung", "khong", "duoc", "nhung", "cac", "mot", "nay", "thi", "ma", "o",
        "de", "voi", "trong", "khi", "da", "se", "dang", "ve", "nhu", "tai", "bi", "xin", "hoi", "xa", "ong", "ba", "anh", "chi",
    ]
}
