import Foundation

/// Decodes one column's value into a Swift type that reads a single value (numbers, text, booleans, optionals, dates,
/// data, enums with a raw value), converting between SQLite's storage classes as SQLite itself would.
struct SQLiteValueDecoder: Decoder, SingleValueDecodingContainer {
    let value: SQLiteValue
    let column: String

    /// The column as a coding key, for errors.
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    var codingPath: [any CodingKey] { [Key(column)] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<K: CodingKey>(keyedBy type: K.Type) throws -> KeyedDecodingContainer<K> {
        throw mismatch(type, "a keyed value")
    }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw mismatch([Any].self, "a list") }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { value == .null }
    func decode(_ type: Bool.Type) throws -> Bool {
        switch value.integer {
        case 0: false
        case 1: true
        default: throw mismatch(type)
        }
    }
    func decode(_ type: String.Type) throws -> String { try value.string ?? { throw mismatch(type) }() }
    func decode(_ type: Double.Type) throws -> Double { try value.real ?? { throw mismatch(type) }() }
    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == Date.self, let seconds = value.real { return Date(timeIntervalSince1970: seconds) as! T }
        if T.self == Data.self {
            switch value {
            case .blob(let bytes): return Data(bytes) as! T
            case .text(let text): return Data(text.utf8) as! T
            default: throw mismatch(type)
            }
        }
        return try T(from: self)
    }

    private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        guard let integer = value.integer, let exact = T(exactly: integer) else { throw mismatch(type) }
        return exact
    }

    private func mismatch(_ type: Any.Type, _ what: String? = nil) -> DecodingError {
        .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "column \(column) holds \(value), not \(what ?? "\(type)")"))
    }
}
