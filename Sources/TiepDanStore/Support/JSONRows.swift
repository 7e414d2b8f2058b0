/// Rows written as one JSON text of arrays, for SQLite's `json_each` to unpack in one statement: strings escaped as
/// RFC 8259 asks, nil as `null`. A first sync writes a hundred thousand rows, for which `JSONEncoder` cost more than
/// SQLite's own work.
struct JSONRows {
    /// One value of a row.
    enum Value {
        case text(String?)
        case integer(Int64?)
    }

    private(set) var text = "["
    private var empty = true

    /// Appends a row.
    mutating func append(_ values: [Value]) {
        text += empty ? "[" : ",["
        empty = false
        for (index, value) in values.enumerated() {
            if index > 0 { text += "," }
            switch value {
            case .text(let string?): Self.quote(string, into: &text)
            case .integer(let number?): text += String(number)
            case .text(nil), .integer(nil): text += "null"
            }
        }
        text += "]"
    }

    /// The whole text.
    var json: String { text + "]" }

    private static func quote(_ string: String, into text: inout String) {
        // Most values need no escape: copied whole.
        guard string.utf8.contains(where: { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }) else {
            text += "\"" + string + "\""
            return
        }
        text += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
