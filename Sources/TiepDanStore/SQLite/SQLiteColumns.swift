/// The column names of a statement's rows, shared by all of them, with each name's position.
final class SQLiteColumns: Sendable {
    let names: [String]
    private let positions: [String: Int]

    init(names: [String]) {
        self.names = names
        // The first of two columns with one name wins, as SQLite's own sqlite3_bind_parameter_index would.
        self.positions = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func position(of name: String) -> Int? { positions[name] }
}
