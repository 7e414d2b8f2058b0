import Foundation

/// Vietnamese text as search and duplicate detection see it.
public enum VietnameseText {
    /// Lower case, without diacritics (đ as d), words separated by single spaces: "Đường xã
    /// NGẬP!" becomes "duong xa ngap", so a citizen typing without accents finds the same.
    public static func folded(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                fold(ascii: UInt8(value), into: &result, pendingSpace: &pendingSpace)
            } else if let folded = latinFolds[scalar] {
                for byte in folded { fold(ascii: byte, into: &result, pendingSpace: &pendingSpace) }
            } else {
                // Another script, or a letter typed as a base and a combining mark: Foundation's folding, as before.
                return foldedByFoundation(text)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends an ASCII letter lower-cased or a digit; anything else separates words.
    private static func fold(ascii byte: UInt8, into result: inout [UInt8], pendingSpace: inout Bool) {
        let letter: UInt8
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): letter = byte + 32
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): letter = byte
        default:
            pendingSpace = true
            return
        }
        if pendingSpace && !result.isEmpty { result.append(UInt8(ascii: " ")) }
        pendingSpace = false
        result.append(letter)
    }

    /// The Latin letters and signs past ASCII (Vietnamese's among them, U+0080–U+024F and U+1E00–U+1EFF) folded
    /// once by `foldedByFoundation` one at a time, kept where the result is ASCII: folding works letter by letter
    /// there, so folding a text from this table gives what Foundation gives for the whole text.
    static let latinFolds: [Unicode.Scalar: [UInt8]] = {
        var table: [Unicode.Scalar: [UInt8]] = [:]
        for value in Array(0x80...0x24F) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let folded = foldedByFoundation(String(Character(scalar)))
            guard folded.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            // An empty fold is a separator: a space, so that the word before and the word after stay apart.
            table[scalar] = folded.isEmpty ? [UInt8(ascii: " ")] : Array(folded.utf8)
        }
        return table
    }()

    /// The rule itself, through Foundation: lower case, đ as d, diacritics dropped, every run of what is not a
    /// letter or digit one space.
    static func foldedByFoundation(_ text: String) -> String {
        let plain = text.lowercased().replacingOccurrences(of: "đ", with: "d")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var result = ""
        var pendingSpace = false
        for scalar in plain.unicodeScalars {
            if alphanumerics.contains(scalar) {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    private static let alphanumerics = CharacterSet.alphanumerics

    /// The folded words that carry meaning: common function words left out.
    public static func keywords(_ text: String) -> Set<String> {
        keywords(folded: folded(text))
    }

    /// As `keywords`, for text already folded (the stored `folded` column).
    public static func keywords(folded text: String) -> Set<String> {
        Set(
            text.split(separator: " ").filter { word in
                word.utf8.withContiguousStorageIfAvailable(isKeyword) ?? Array(word.utf8).withUnsafeBufferPointer(isKeyword)
            }.map(String.init)
        )
    }

    /// Whether a folded word, its UTF-8 bytes, says something of the subject: more than one letter and not a stop word.
    static func isKeyword(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let letters = word.allSatisfy { $0 < 0x80 } ? word.count : String(decoding: word, as: UTF8.self).count
        return letters > 1 && !stopWordPrints.contains(SimilarityProfile.fingerprint(word))
    }

    /// How alike two texts are, 0 to 1: shared keywords over all keywords (Jaccard), plus shared
    /// adjacent word pairs, since Vietnamese words are often two syllables ("dat dai", "ngap ung").
    public static func similarity(_ a: String, _ b: String) -> Double {
        similarity(folded: folded(a), folded(b))
    }

    /// As `similarity`, for texts already folded (`SimilarityProfile` holds the rule; scoring many candidates against
    /// one text, make its profile once).
    public static func similarity(folded a: String, _ b: String) -> Double {
        SimilarityProfile(folded: a).similarity(to: SimilarityProfile(folded: b))
    }

    static func pairs(folded text: String) -> Set<String> {
        let words = text.split(separator: " ").map(String.init)
        guard words.count > 1 else { return [] }
        return Set((0..<words.count - 1).map { words[$0] + " " + words[$0 + 1] })
    }

    /// The stop words' fingerprints, for `isKeyword`: one set lookup per word, not a comparison with every stop word.
    private static let stopWordPrints = Set(stopWords.map { SimilarityProfile.fingerprint($0.utf8) })

    static let stopWords: Set<String> = [
        "la", "va", "cua", "co", "cho", "toi", "chung", "khong", "duoc", "nhung", "cac", "mot", "nay", "thi", "ma", "o",
        "de", "voi", "trong", "khi", "da", "se", "dang", "ve", "nhu", "tai", "bi", "xin", "hoi", "xa", "ong", "ba", "anh", "chi",
    ]
}
