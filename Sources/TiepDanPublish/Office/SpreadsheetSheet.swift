/// One sheet: its name (at most 31 characters, as Excel allows), its columns and its rows under a header row that
/// stays in view when scrolling.
public struct SpreadsheetSheet: Sendable {
    /// A column's heading and width in characters.
    public struct Column: Sendable {
        public var heading: String
        public var width: Double

        /// Creates a column.
        public init(_ heading: String, width: Double) {
            self.heading = heading
            self.width = width
        }
    }

    public var name: String
    public var columns: [Column]
    public var rows: [[SpreadsheetCell]]

    /// Creates a sheet.
    public init(name: String, columns: [Column], rows: [[SpreadsheetCell]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}
