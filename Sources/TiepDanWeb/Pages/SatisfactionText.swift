/// How the satisfaction figures are written on pages and in documents, written once for the public figures and the
/// periodic report.
enum SatisfactionText {
    /// "86 %": a share, 0 to 1, as a whole percentage.
    static func share(_ value: Double) -> String {
        "\(Int((value * 100).rounded())) %"
    }

    /// "4,25" in Vietnamese, "4.25" in English: a mean to two decimals.
    static func mean(_ value: Double, _ language: Language) -> String {
        let text = String(format: "%.2f", value)
        return language == .vi ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
