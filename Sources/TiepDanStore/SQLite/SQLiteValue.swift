/// One value as SQLite stores it: the five storage classes.
enum SQLiteValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// The value as text, converting numbers as SQLite's own `CAST(x AS TEXT)` would for the common cases.
    var string: String? {
        switch self {
        case .text(let text): text
        case .integer(let integer): String(integer)
        case .real(let real): String(real)
        case .blob, .null: nil
        }
    }

    /// The value as a whole number: a real only when it has no fraction, text only when it spells one.
    var integer: Int64? {
        switch self {
        case .integer(let integer): integer
        case .real(let real): Int64(exactly: real)
        case .text(let text): Int64(text)
        case .blob, .null: nil
        }
    }

    /// The value as a real number.
    var real: Double? {
        switch self {
        case .real(let real): real
        case .integer(let integer): Double(integer)
        case .text(let text): Double(text)
        case .blob, .null: nil
        }
    }
}
