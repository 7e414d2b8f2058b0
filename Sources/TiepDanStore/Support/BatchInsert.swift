import SQLKit

/// Many rows of one table written together: a first sync of a province writes a hundred thousand sessions and as many
/// audit entries.
///
/// A statement carries many rows: on SQLite each statement keeps a journal of the pages it changes (to undo itself
/// alone), so a statement a row copied every touched page once a row; on PostgreSQL it saves round trips. SQLite's
/// statements are prepared once and kept: a full batch always has the same text, the rows left over go one by one.
struct BatchInsert {
    /// One value of a row.
    enum Value: Sendable {
        case text(String?)
        case integer(Int64?)
    }

    let table: String
    let columns: [String]
    /// What follows the rows, such as `ON CONFLICT (id) DO UPDATE SET …` for rows that may be there already (one
    /// statement must not carry the same key twice: PostgreSQL refuses to update a row twice in one statement).
    var conflict = ""

    /// PostgreSQL's limit on binds in one statement is 65,535.
    private static let bindsPerStatement = 60_000
    /// SQLite's limit on binds in one statement.
    private static let sqliteBinds = 32_766
    /// Past a few hundred rows a longer SQLite statement saves nothing more.
    private static let sqliteRowsPerStatement = 500

    /// Inserts `rows` in the order given, `values` giving each row's values in the order of `columns`.
    func run<Row>(_ rows: [Row], on database: any SQLDatabase, values: (Row) -> [Value]) async throws {
        guard !rows.isEmpty else { return }
        if let sqlite = database as? SQLiteDatabase {
            let connection = sqlite.connection
            let perStatement = min(Self.sqliteRowsPerStatement, Self.sqliteBinds / columns.count)
            let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
            let head = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
            let batch = head + Array(repeating: tuple, count: perStatement).joined(separator: ", ") + " " + conflict
            var start = 0
            while rows.count - start >= perStatement {
                // Bound straight from each row's values: a batch is not first copied into one array of binds.
                try connection.execute(batch) { statement in
                    var index: Int32 = 1
                    for row in rows[start..<start + perStatement] {
                        for value in values(row) {
                            try statement.bind(value.sqlite, at: index, on: connection)
                            index += 1
                        }
                    }
                }
                start += perStatement
            }
            let single = head + tuple + " " + conflict
            for row in rows[start...] { try connection.execute(single, values(row).map(\.sqlite)) }
            return
        }
        let perStatement = max(1, Self.bindsPerStatement / columns.count)
        for start in stride(from: 0, to: rows.count, by: perStatement) {
            let tuples = rows[start..<min(start + perStatement, rows.count)].map { row in
                SQLGroupExpression(values(row).map { SQLBind($0.bindable) })
            }
            try await database.raw(
                "INSERT INTO \(ident: table) (\(idents: columns, joinedBy: ", ")) VALUES \(SQLList(tuples)) \(unsafeRaw: conflict)"
            ).run()
        }
    }
}

extension BatchInsert.Value {
    var sqlite: SQLiteValue {
        switch self {
        case .text(let text?): .text(text)
        case .integer(let integer?): .integer(integer)
        case .text(nil), .integer(nil): .null
        }
    }

    var bindable: any Encodable & Sendable {
        switch self {
        case .text(let text): text
        case .integer(let integer): integer
        }
    }
}
