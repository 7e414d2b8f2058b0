import Foundation
import Testing
import TiepDanOffice

/// The second factor's codes against RFC 6238's own test vectors (SHA-1, the last six of its eight digits).
@Suite("TOTP")
struct TOTPTests {
    static let secret = Array("12345678901234567890".utf8)

    @Test(
        "RFC 6238 appendix B",
        arguments: [(59, "287082"), (1_111_111_109, "081804"), (1_111_111_111, "050471"), (1_234_567_890, "005924"), (2_000_000_000, "279037")]
    )
    func vectors(seconds: Int, code: String) {
        let date = Date(timeIntervalSince1970: TimeInterval(seconds))
        #expect(TOTP.code(secret: Self.secret, step: TOTP.step(at: date)) == code)
        #expect(TOTP.matchingStep(code, secret: Self.secret, at: date.addingTimeInterval(30)) == TOTP.step(at: date), "one step late is accepted")
        #expect(TOTP.matchingStep(code, secret: Self.secret, at: date.addingTimeInterval(95)) == nil, "three steps late is not")
    }

    @Test("the secret in base32 and the otpauth address, as apps read them")
    func address() {
        #expect(Base32.encode(Self.secret) == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
        #expect(
            TOTP.uri(secret: Self.secret, account: "thu.ky", issuer: "tiepdan")
                == "otpauth://totp/tiepdan:thu.ky?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=tiepdan&algorithm=SHA1&digits=6&period=30"
        )
    }
}
