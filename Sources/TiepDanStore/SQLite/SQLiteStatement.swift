import CSQLite

/// A prepared statement of one connection, reset after each use and kept for the next.
final class SQLiteStatement {
    private let pointer: OpaquePointer
    private var columns: SQLiteColumns

    /// `sqlite3_bind_text` copies the text (SQLITE_TRANSIENT, a macro Swift does not import).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(sql: String, on handle: OpaquePointer, connection: SQLiteConnection) throws {
        var pointer: OpaquePointer?
        var tail: UnsafePointer<CChar>?
        let status = sql.withCString { text in
            let status = sqlite3_prepare_v3(handle, text, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &pointer, &tail)
            // What follows the first statement must hold no other (blanks and comments only): it would be dropped unseen.
            var second: OpaquePointer?
            if status == SQLITE_OK, let tail, tail.pointee != 0, sqlite3_prepare_v2(handle, tail, -1, &second, nil) == SQLITE_OK, second != nil {
                sqlite3_finalize(second)
                sqlite3_finalize(pointer)
                pointer = nil
                return SQLITE_MISUSE
            }
            return status
        }
        guard status == SQLITE_OK, let pointer else {
            if status == SQLITE_MISUSE { throw SQLiteError(code: status, message: "one statement per call: \(sql)") }
            throw connection.lastError(status)
        }
        self.pointer = pointer
        self.columns = Self.columns(of: pointer)
    }

    private static func columns(of pointer: OpaquePointer) -> SQLiteColumns {
        SQLiteColumns(names: (0..<sqlite3_column_count(pointer)).map { String(cString: sqlite3_column_name(pointer, $0)) })
    }

    func bind(_ values: [SQLiteValue], on connection: SQLiteConnection) throws {
        for (offset, value) in values.enumerated() { try bind(value, at: Int32(offset + 1), on: connection) }
    }

    /// Binds `value` to the parameter at `index` (from 1).
    func bind(_ value: SQLiteValue, at index: Int32, on connection: SQLiteConnection) throws {
        let status: Int32
        switch value {
        case .null: status = sqlite3_bind_null(pointer, index)
        case .integer(let integer): status = sqlite3_bind_int64(pointer, index, integer)
        case .real(let real): status = sqlite3_bind_double(pointer, index, real)
        case .text(var text):
            status = text.withUTF8 { bytes in
                // An empty buffer may have no address, which SQLite would bind as NULL.
                guard let base = bytes.baseAddress, !bytes.isEmpty else { return sqlite3_bind_text(pointer, index, "", 0, nil) }
                return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    sqlite3_bind_text(pointer, index, $0, Int32(bytes.count), Self.transient)
                }
            }
        case .blob(let bytes):
            status = bytes.withUnsafeBytes { buffer in
                sqlite3_bind_blob(pointer, index, buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(buffer.count), Self.transient)
            }
        }
        guard status == SQLITE_OK else { throw connection.lastError(status) }
    }

    /// Advances to the next row: true while there is one.
    func step(on connection: SQLiteConnection) throws -> Bool {
        switch sqlite3_step(pointer) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let status: throw connection.lastError(status)
        }
    }

    /// The current row's values.
    func row() -> SQLiteRow {
        // SQLite prepares a statement again after a migration changed its tables; `SELECT *` may then have new columns.
        if sqlite3_column_count(pointer) != columns.names.count { columns = Self.columns(of: pointer) }
        var values: [SQLiteValue] = []
        values.reserveCapacity(columns.names.count)
        for column in 0..<Int32(columns.names.count) {
            switch sqlite3_column_type(pointer, column) {
            case SQLITE_INTEGER: values.append(.integer(sqlite3_column_int64(pointer, column)))
            case SQLITE_FLOAT: values.append(.real(sqlite3_column_double(pointer, column)))
            case SQLITE_TEXT:
                let count = Int(sqlite3_column_bytes(pointer, column))
                let text = sqlite3_column_text(pointer, column)
                values.append(.text(text.map { String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self) } ?? ""))
            case SQLITE_BLOB:
                let count = Int(sqlite3_column_bytes(pointer, column))
                let bytes = sqlite3_column_blob(pointer, column)
                values.append(.blob(bytes.map { [UInt8](UnsafeRawBufferPointer(start: $0, count: count)) } ?? []))
            default: values.append(.null)
            }
        }
        return SQLiteRow(columns: columns, values: values)
    }

    /// Ready for the next use: stepped back and its binds cleared (a kept statement must not hold a citizen's data).
    func reset() {
        sqlite3_reset(pointer)
        sqlite3_clear_bindings(pointer)
    }

    func finalize() { sqlite3_finalize(pointer) }
}
