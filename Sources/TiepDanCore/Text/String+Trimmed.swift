extension StringProtocol {
    /// Without the white space and line breaks at either end: what Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives, without its trip through `NSString` (on Linux
    /// 2.5 % of the processor time of a citizen's whole question, in a profile of the intake).
    public var trimmed: String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isTrimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !Self.isTrimmed($0) })!
        return String(scalars[first...last])
    }

    /// Unicode's white space, and the zero-width space that Foundation's set also holds.
    private static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{200B}"
    }
}
