/// Bytes as lower-case hexadecimal text, two digits a byte: digests, signatures and random tokens.
public enum HexText {
    private static let digits = Array("0123456789abcdef".utf8)

    /// `bytes` as hexadecimal, without going through a formatter per byte (this runs on every question's way in).
    public static func encode<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            utf8.append(digits[Int(byte >> 4)])
            utf8.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
