public import TiepDanCore

/// The register of citizen reception as a spreadsheet sheet: the running number a number, the day a date, the ID
/// number text with its leading zero, the rest wrapped text, each column as wide as the paper register's.
public enum RegisterSpreadsheet {
    /// The sheet of `lines`, named for the organisation and the period.
    public static func sheet(_ lines: [RegisterLine], name: String) -> SpreadsheetSheet {
        let widths: [Double] = [6, 12, 30, 16, 40, 18, 22, 30, 22, 24]
        return SpreadsheetSheet(
            name: name,
            columns: zip(RegisterLine.headings, widths).map { SpreadsheetSheet.Column($0, width: $1) },
            rows: lines.map { line in
                [
                    .number(Double(line.number)),
                    DocumentDate.day(parsing: line.date).map(SpreadsheetCell.date) ?? .text(line.date),
                    .text(line.nameAndAddress), .text(line.idNumber), .text(line.content), .text(line.categoryAndPeople),
                    .text(line.handledBefore), .text(line.handling), .text(line.followUp), .text(line.notes),
                ]
            }
        )
    }
}
