import Foundation
import SQLKit

/// One row a statement returned, decoded by column name.
struct SQLiteRow: SQLRow {
    let columns: SQLiteColumns
    let values: [SQLiteValue]

    var allColumns: [String] { columns.names }

    func contains(column: String) -> Bool { columns.position(of: column) != nil }

    func decodeNil(column: String) throws -> Bool { try value(column) == .null }

    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        let value = try value(column)
        // The types the repositories read, without a decoder; the rest through one.
        if D.self == String.self, let text = value.string { return text as! D }
        if D.self == String?.self { return (value == .null ? nil : value.string) as! D }
        if D.self == Int.self, let integer = value.integer, let int = Int(exactly: integer) { return int as! D }
        if D.self == Int64.self, let integer = value.integer { return integer as! D }
        if D.self == Int64?.self, value == .null || value.integer != nil { return value.integer as! D }
        if D.self == Int?.self, value == .null || value.integer.flatMap(Int.init(exactly:)) != nil {
            return value.integer.flatMap(Int.init(exactly:)) as! D
        }
        do {
            return try SQLiteValueDecoder(value: value, column: column).decode(D.self)
        } catch let error as DecodingError {
            throw error
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "column \(column): \(error)"))
        }
    }

    private func value(_ column: String) throws -> SQLiteValue {
        guard let position = columns.position(of: column) else {
            throw DecodingError.keyNotFound(
                SQLiteValueDecoder.Key(column),
                .init(codingPath: [], debugDescription: "no column \(column) among \(columns.names)")
            )
        }
        return values[position]
    }
}
