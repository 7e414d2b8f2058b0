/// Reed–Solomon error correction over GF(2⁸) with the QR code's polynomial (x⁸ + x⁴ + x³ + x² + 1), as ISO/IEC
/// 18004 § 7.5.2 defines it.
struct ReedSolomon {
    /// The generator polynomial's coefficients, highest power first, without the leading 1.
    let divisor: [UInt8]

    /// The generator of `degree` error-correction codewords: (x − α⁰)(x − α¹)…(x − α^(degree−1)).
    init(degree: Int) {
        var coefficients = [UInt8](repeating: 0, count: degree)
        coefficients[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for index in 0..<degree {
                coefficients[index] = Self.multiply(coefficients[index], root)
                if index + 1 < degree { coefficients[index] ^= coefficients[index + 1] }
            }
            root = Self.multiply(root, 0x02)
        }
        divisor = coefficients
    }

    /// The error-correction codewords of `data`: the remainder of its division by the generator.
    func remainder(of data: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: divisor.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for index in result.indices { result[index] ^= Self.multiply(divisor[index], factor) }
        }
        return result
    }

    /// The product of two field elements (Russian-peasant multiplication modulo 0x11D).
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var product: UInt16 = 0
        for bit in (0..<8).reversed() {
            product = (product << 1) ^ ((product >> 7) * 0x11D)
            product ^= UInt16((y >> bit) & 1) * UInt16(x)
        }
        return UInt8(product & 0xFF)
    }
}
