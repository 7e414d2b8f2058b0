/// A QR code (ISO/IEC 18004, model 2) of some bytes, in byte mode: the square of dark and light modules an
/// authenticator app's camera reads. The smallest version that holds the bytes at the chosen error-correction level
/// is used, with the mask of least penalty.
public struct QRCode: Sendable, Equatable {
    /// How much of the symbol may be damaged and still read.
    public enum Correction: Int, Sendable, CaseIterable {
        /// About 7 % of codewords.
        case low
        /// About 15 %: what a phone held to a screen needs.
        case medium
        /// About 25 %.
        case quartile
        /// About 30 %.
        case high

        /// The two bits the format information carries (§ 7.9.1, table 12).
        var formatBits: Int { [1, 0, 3, 2][rawValue] }
    }

    /// Modules per side: 17 + 4 × version.
    public let size: Int
    /// The version, 1 to 40.
    public let version: Int
    /// The mask pattern applied, 0 to 7.
    public let mask: Int
    /// Row-major: `modules[y * size + x]` is dark.
    public let modules: [Bool]

    /// Whether the module in column `x`, row `y` is dark.
    public func isDark(x: Int, y: Int) -> Bool {
        modules[y * size + x]
    }

    /// The code of `bytes`, or nil when they do not fit a version 40 symbol at `correction`.
    public init?(bytes: [UInt8], correction: Correction = .medium) {
        guard
            let version = (1...40).first(where: {
                Self.dataCapacity(version: $0, correction: correction) * 8 >= Self.bitLength(bytes.count, version: $0)
            })
        else { return nil }
        var symbol = QRSymbol(version: version)
        symbol.drawFunctionPatterns()
        symbol.drawCodewords(Self.codewords(bytes, version: version, correction: correction))
        // Every mask is tried with the format it implies; the one of least penalty stays (§ 7.8.3).
        var best: (penalty: Int, mask: Int, symbol: QRSymbol)?
        for mask in 0..<8 {
            var candidate = symbol
            candidate.apply(mask: mask)
            candidate.drawFormat(correction: correction, mask: mask)
            let penalty = candidate.penalty()
            if best == nil || penalty < best!.penalty { best = (penalty, mask, candidate) }
        }
        self.version = version
        self.size = symbol.size
        self.mask = best!.mask
        self.modules = best!.symbol.modules
    }

    /// The code of a text's UTF-8 bytes.
    public init?(text: String, correction: Correction = .medium) {
        self.init(bytes: Array(text.utf8), correction: correction)
    }

    /// Bits a byte-mode segment of `count` bytes takes: mode, count and data.
    static func bitLength(_ count: Int, version: Int) -> Int {
        4 + (version < 10 ? 8 : 16) + count * 8
    }

    /// Data codewords a symbol holds after its error correction.
    static func dataCapacity(version: Int, correction: Correction) -> Int {
        QRSymbol.rawModules(version: version) / 8 - eccPerBlock[correction.rawValue][version] * blocks[correction.rawValue][version]
    }

    /// The data and error-correction codewords, split into blocks and interleaved (§ 7.6).
    static func codewords(_ bytes: [UInt8], version: Int, correction: Correction) -> [UInt8] {
        let capacity = dataCapacity(version: version, correction: correction)
        var bits: [Bool] = []
        func append(_ value: Int, _ count: Int) {
            for bit in (0..<count).reversed() { bits.append((value >> bit) & 1 == 1) }
        }
        append(0b0100, 4)
        append(bytes.count, version < 10 ? 8 : 16)
        for byte in bytes { append(Int(byte), 8) }
        append(0, min(4, capacity * 8 - bits.count))
        append(0, (8 - bits.count % 8) % 8)
        var data = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
        }
        var pad: UInt8 = 0xEC
        while data.count < capacity {
            data.append(pad)
            pad ^= 0xEC ^ 0x11
        }

        let blockCount = blocks[correction.rawValue][version]
        let eccLength = eccPerBlock[correction.rawValue][version]
        let raw = QRSymbol.rawModules(version: version) / 8
        let shortBlocks = blockCount - raw % blockCount
        let shortLength = raw / blockCount
        let reedSolomon = ReedSolomon(degree: eccLength)
        var split: [[UInt8]] = []
        var start = 0
        for index in 0..<blockCount {
            let length = shortLength - eccLength + (index < shortBlocks ? 0 : 1)
            var block = Array(data[start..<start + length])
            start += length
            let ecc = reedSolomon.remainder(of: block)
            if index < shortBlocks { block.append(0) }
            split.append(block + ecc)
        }
        var result: [UInt8] = []
        for position in split[0].indices {
            for (index, block) in split.enumerated() where position != shortLength - eccLength || index >= shortBlocks {
                result.append(block[position])
            }
        }
        return result
    }

    /// Error-correction codewords per block, by level and version (§ 7.5.1, table 9); index 0 unused.
    static let eccPerBlock: [[Int]] = [
        [
            -1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30,
        ],
        [
            -1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
            28, 28, 28, 28, 28, 28, 28,
        ],
        [
            -1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30,
        ],
        [
            -1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30,
        ],
    ]

    /// Error-correction blocks, by level and version (§ 7.5.1, table 9); index 0 unused.
    static let blocks: [[Int]] = [
        [
            -1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24,
            25,
        ],
        [
            -1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43,
            45, 47, 49,
        ],
        [
            -1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56,
            59, 62, 65, 68,
        ],
        [
            -1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66,
            70, 74, 77, 81,
        ],
    ]
}
