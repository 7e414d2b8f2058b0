import Testing

@testable import TiepDanPublish

/// The QR encoder's parts the page's oracle test (Python's qrcode, module for module) does not reach on its own.
@Suite struct QRCodeTests {
    /// ISO/IEC 18004 annex I: "01234567" at 1-M, its sixteen data codewords and their ten error-correction codewords.
    @Test func errorCorrectionMatchesTheStandardsWorkedExample() {
        let data: [UInt8] = [0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11]
        #expect(ReedSolomon(degree: 10).remainder(of: data) == [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55])
    }

    /// Version 1 at level M holds 14 bytes, version 40 at level M 2,331 (table 7); one more needs the next.
    @Test func theSmallestVersionThatHoldsTheBytesIsChosen() throws {
        #expect(try #require(QRCode(bytes: Array(repeating: 0x61, count: 14))).version == 1)
        #expect(try #require(QRCode(bytes: Array(repeating: 0x61, count: 15))).version == 2)
        #expect(try #require(QRCode(bytes: Array(repeating: 0x61, count: 2331))).version == 40)
        #expect(QRCode(bytes: Array(repeating: 0x61, count: 2332)) == nil)
    }

    @Test func theImageHasAQuietZoneAndAnEscapedLabel() throws {
        let code = try #require(QRCode(text: "otpauth://totp/tiepdan:lan?secret=AAAA"))
        let svg = code.svg(label: "Mã <QR> & \"ứng dụng\"")
        #expect(svg.contains("viewBox=\"0 0 \(code.size + 8) \(code.size + 8)\""))
        #expect(svg.contains("aria-label=\"Mã &lt;QR&gt; &amp; &quot;ứng dụng&quot;\""))
        // The top-left finder's first row starts after the four quiet modules.
        #expect(svg.contains("M4 4h7v1h-7z"))
    }
}
