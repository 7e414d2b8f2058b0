import Foundation

/// Hides what identifies a person inside free text before it is shown in public: phone
/// numbers, e-mail addresses, ID numbers, and phrases staff mark by hand.
public struct PersonalDataMasker: Sendable {
    /// Phrases staff redacted (a name, a house number...).
    public var redactions: [String]

    /// A masker with `redactions`.
    public init(redactions: [String] = []) {
        self.redactions = redactions
    }

    /// The text with every match replaced by a bracketed note.
    public func masked(_ text: String) -> String {
        var result = text
        for phrase in redactions.sorted(by: { $0.count > $1.count }) where !phrase.isEmpty {
            result = result.replacingOccurrences(of: phrase, with: "[đã ẩn]", options: [.caseInsensitive, .diacriticInsensitive])
        }
        return Self.mayHoldPatterns(result) ? Self.maskingPatterns(in: result) : result
    }

    /// `text` with every e-mail address, ID number and phone number replaced.
    static func maskingPatterns(in text: String) -> String {
        var result = text
        for (pattern, replacement) in patterns {
            result = pattern.stringByReplacingMatches(
                in: result,
                range: NSRange(result.startIndex..., in: result),
                withTemplate: replacement
            )
        }
        return result
    }

    /// Whether `text` could hold any of `patterns`: an e-mail has an `@`, an ID or phone number at least nine digits.
    /// Most texts have neither, and skip four regular expressions (ICU's, a tenth of a citizen's question's work).
    static func mayHoldPatterns(_ text: String) -> Bool {
        var digits = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "@") { return true }
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits += 1
                if digits >= 9 { return true }
            }
        }
        return false
    }

    // E-mail first, so its digits are not taken for a phone; ID numbers (9 or 12 digits, spaced or
    // not) before phones; phones as Vietnamese numbers are written: 0, +84 or 84, then 9 digits in groups.
    private static let patterns: [(NSRegularExpression, String)] = [
        (try! NSRegularExpression(pattern: #"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"#), "[đã ẩn thư điện tử]"),
        (try! NSRegularExpression(pattern: #"(?<![\d+])(?:\d[ .]?){11}\d(?!\d)"#), "[đã ẩn số giấy tờ]"),
        (try! NSRegularExpression(pattern: #"(?<![\d])(?:\+84|0084|84|0)(?:[ .\-]?\d){9,10}(?!\d)"#), "[đã ẩn số điện thoại]"),
        (try! NSRegularExpression(pattern: #"(?<![\d+])\d{9}(?!\d)"#), "[đã ẩn số giấy tờ]"),
    ]
}
