import Testing

@testable import TiepDanCore

/// Folding runs on every question a citizen sends (duplicates, search); the fast path must fold exactly as the rule
/// written through Foundation does.
@Suite("Vietnamese folding")
struct VietnameseTextTests {
    @Test("what a citizen types folds to plain words")
    func examples() {
        #expect(VietnameseText.folded("Đường xã NGẬP!") == "duong xa ngap")
        #expect(VietnameseText.folded("  Ấp 3, xã Tân Thành —  đèn   chiếu sáng… ") == "ap 3 xa tan thanh den chieu sang")
        #expect(VietnameseText.folded("Nghị định 118/2021/NĐ-CP") == "nghi dinh 118 2021 nd cp")
        // Typed as a base letter and combining marks (some phones' keyboards): the same words.
        #expect(VietnameseText.folded("Đu\u{031B}\u{0300}o\u{031B}ng") == "duong")
        #expect(VietnameseText.folded("") == "")
    }

    @Test("the fast path equals Foundation's folding on every Latin letter and on mixed random texts")
    func sameAsFoundation() {
        let latin = (Array(0x80...0x24F) + Array(0x1E00...0x1EFF)).compactMap(Unicode.Scalar.init).map(Character.init)
        for letter in latin {
            let text = "a\(letter)b \(letter)"
            #expect(
                VietnameseText.folded(text) == VietnameseText.foldedByFoundation(text),
                "\(letter) U+\(String(letter.unicodeScalars.first!.value, radix: 16))"
            )
        }
        let pool = latin + Array("aAzZ09 .,-/!?\t\n()\"'")
        var generator = SplitMix(seed: 20_261_201)
        for _ in 0..<2_000 {
            let text = String((0..<Int.random(in: 0...40, using: &generator)).map { _ in pool.randomElement(using: &generator)! })
            #expect(VietnameseText.folded(text) == VietnameseText.foldedByFoundation(text), "\(text)")
        }
    }
}
