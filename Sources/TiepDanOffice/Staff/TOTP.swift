import Crypto
public import Foundation

/// Time-based one-time passwords as authenticator apps compute them: RFC 6238 with HMAC-SHA1, six digits, thirty
/// seconds; a code is accepted one step either side of now, for clocks a little apart.
public enum TOTP {
    /// Seconds a code lasts.
    public static let period: TimeInterval = 30

    /// The step of `date`: the count of periods since 1970.
    public static func step(at date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / period).rounded(.down))
    }

    /// The six-digit code of `step`.
    public static func code(secret: [UInt8], step: Int64) -> String {
        var counter = UInt64(bitPattern: step).bigEndian
        let message = withUnsafeBytes(of: &counter) { Data($0) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: secret)))
        let offset = Int(mac[mac.count - 1] & 0x0F)
        let binary =
            UInt32(mac[offset] & 0x7F) << 24 | UInt32(mac[offset + 1]) << 16 | UInt32(mac[offset + 2]) << 8 | UInt32(mac[offset + 3])
        let code = String(binary % 1_000_000)
        return String(repeating: "0", count: 6 - code.count) + code
    }

    /// The step `code` is for, within one step of `date`, or nil.
    public static func matchingStep(_ code: String, secret: [UInt8], at date: Date) -> Int64? {
        let code = code.filter(\.isNumber)
        let now = step(at: date)
        return [now, now - 1, now + 1].first { Self.code(secret: secret, step: $0) == code }
    }

    /// The `otpauth://` address an authenticator app reads (as a QR code or typed in).
    public static func uri(secret: [UInt8], account: String, issuer: String) -> String {
        func encoded(_ text: String) -> String {
            text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._~"))) ?? text
        }
        let label = encoded(issuer) + ":" + encoded(account)
        let issuerQuery = issuer.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? issuer
        return "otpauth://totp/\(label)?secret=\(Base32.encode(secret))&issuer=\(issuerQuery)&algorithm=SHA1&digits=6&period=30"
    }
}

/// RFC 4648 base32, without padding, as authenticator apps write secrets.
public enum Base32 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    /// The bytes in base32.
    public static func encode(_ bytes: [UInt8]) -> String {
        var output = ""
        var buffer = 0
        var bits = 0
        for byte in bytes {
            buffer = buffer << 8 | Int(byte)
            bits += 8
            while bits >= 5 {
                output.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { output.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return output
    }
}
