/// A table as CSV (RFC 4180) that opens correctly in Excel and LibreOffice: UTF-8 with a byte
/// order mark so Vietnamese shows, CRLF line ends, every field quoted, and cells that a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@`) prefixed with an apostrophe, so a
/// citizen's text can never become a formula on a clerk's machine.
public struct CSVTable: Sendable {
    public var headings: [String]
    public var rows: [[String]]

    /// Creates a table.
    public init(headings: [String], rows: [[String]]) {
        self.headings = headings
        self.rows = rows
    }

    /// The CSV text, starting with the byte order mark.
    public func render() -> String {
        var text = "\u{FEFF}"
        for row in [headings] + rows {
            text += row.map(Self.field).joined(separator: ",") + "\r\n"
        }
        return text
    }

    static func field(_ value: String) -> String {
        var cell = value
        if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { cell = "'" + cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
