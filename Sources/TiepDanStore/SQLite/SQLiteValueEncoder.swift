import Foundation

/// Turns a bound Swift value into the SQLite value stored for it: numbers, text, booleans as 0 and 1, dates as seconds
/// since 1970, data as a blob; a value that encodes as one scalar (an optional, an enum with a raw value) as that
/// scalar, and anything else as JSON text.
enum SQLiteValueEncoder {
    static func value(of bound: any Encodable) throws -> SQLiteValue {
        switch bound {
        case let text as String: return .text(text)
        case let integer as Int: return .integer(Int64(integer))
        case let integer as Int64: return .integer(integer)
        case let integer as Int32: return .integer(Int64(integer))
        case let real as Double: return .real(real)
        case let flag as Bool: return .integer(flag ? 1 : 0)
        case let date as Date: return .real(date.timeIntervalSince1970)
        case let data as Data: return .blob([UInt8](data))
        case let uuid as UUID: return .text(uuid.uuidString)
        // A question binds half a dozen absent fields: NULL at once, not through a JSON encoder each.
        case let optional as any AbsentValue where optional.isAbsent: return .null
        default: return try scalar(ofJSON: JSONEncoder().encode(bound))
        }
    }

    /// The scalar a JSON fragment spells, or the JSON itself as text when it is an object or an array.
    private static func scalar(ofJSON json: Data) throws -> SQLiteValue {
        let text = String(decoding: json, as: UTF8.self)
        switch json.first {
        case UInt8(ascii: "\""): return .text(try JSONDecoder().decode(String.self, from: json))
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "t"): return .integer(1)
        case UInt8(ascii: "f"): return .integer(0)
        case UInt8(ascii: "{"), UInt8(ascii: "["), nil: return .text(text)
        default: return Int64(text).map(SQLiteValue.integer) ?? Double(text).map(SQLiteValue.real) ?? .text(text)
        }
    }
}
