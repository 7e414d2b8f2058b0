/// The proof a link carries instead of a token: letters of a keyed digest (`IdentitySeal.digest`) of what the link is
/// for and what it names, so it can be made again wherever the link is printed or sent, and no one without the key can
/// make it for another's case. Compared in full whatever the first difference.
public enum LinkProof {
    /// `letters` base-32 letters and digits (five bits each) of the digest of `purpose` and `reference`.
    public static func make(_ purpose: String, _ reference: String, seal: IdentitySeal, letters: Int) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")
        let digest = Array(seal.digest("tiepdan \(purpose) " + reference).utf8)
        // Each hex digit of the digest gives four bits; five make a letter.
        var bits: [UInt8] = []
        for character in digest {
            let value = UInt8(String(UnicodeScalar(character)), radix: 16) ?? 0
            bits += (0..<4).map { (value >> (3 - $0)) & 1 }
        }
        return String(
            (0..<letters).map { index in
                alphabet[Int(bits[(index * 5)..<(index * 5 + 5)].reduce(0) { $0 << 1 | $1 })]
            }
        )
    }

    /// Whether `proof` is `expected`, the proof the link's maker gives.
    public static func accepts(_ proof: String, expected: String) -> Bool {
        expected.utf8.count == proof.utf8.count && zip(expected.utf8, proof.utf8).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
