/// Unguessable identifiers, tokens and passwords from the system's secure generator.
public enum SecureRandom {
    /// `count` random bytes as lower-case hex (2 characters per byte).
    public static func hex(bytes count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return HexText.encode((0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    /// A password a person can type: no look-alike characters (0/O, 1/l/I).
    public static func password(length: Int = 16) -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
