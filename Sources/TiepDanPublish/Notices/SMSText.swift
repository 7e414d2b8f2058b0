import Foundation

/// The shape of a text message: unaccented Vietnamese on one line, one 160-character segment where it fits.
public enum SMSText {
    /// One GSM segment of unaccented text.
    public static let segment = 160

    /// "Đường Võ Thị Sáu" → "Duong Vo Thi Sau": what every Vietnamese phone shows and every network sends as one segment.
    public static func unaccented(_ text: String) -> String {
        text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: .diacriticInsensitive, locale: nil)
    }

    /// The rendered template as a message: unaccented, lines and runs of spaces joined into one line.
    public static func message(_ rendered: String) -> String {
        unaccented(rendered).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
