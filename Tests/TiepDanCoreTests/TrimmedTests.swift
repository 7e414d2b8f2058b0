import Foundation
import Testing

@testable import TiepDanCore

/// Every field a citizen or clerk types is trimmed; the fast trim must cut exactly what Foundation's did.
@Suite("Trimming")
struct TrimmedTests {
    @Test("trims as Foundation's whitespacesAndNewlines does, on every white space and on random texts")
    func sameAsFoundation() {
        let spaces = (0...0xFFFF).compactMap(Unicode.Scalar.init).filter {
            $0.properties.isWhitespace || CharacterSet.whitespacesAndNewlines.contains($0)
        }
        #expect(spaces.count >= 25, "the set compared is not empty")
        for space in spaces {
            for text in ["\(space)a", "a\(space)", "\(space)Đường \(space) xã\(space)\(space)", "\(space)", "a\(space)\u{301}"] {
                #expect(text.trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines), "U+\(String(space.value, radix: 16))")
            }
        }
        let pool = Array(" \t\n\r\u{A0}\u{200B}\u{2028}\u{3000}\u{FEFF}aĐê\u{301}1-") + ["\u{1F600}"]
        var generator = SplitMix(seed: 20_261_202)
        for _ in 0..<2_000 {
            let text = String((0..<Int.random(in: 0...12, using: &generator)).map { _ in pool.randomElement(using: &generator)! })
            #expect(text.trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.unicodeScalars.map { $0.value })")
        }
        #expect(Substring("  tên  ").trimmed == "tên")
    }
}
