public import TiepDanCore

/// One cell of a spreadsheet, typed as Excel should keep it: an ID number stays text with its leading zero, a count
/// is a number to sum, a day is a date to sort and filter.
public enum SpreadsheetCell: Sendable, Equatable {
    case text(String)
    case number(Double)
    case date(CivilDate)
    case empty
}
