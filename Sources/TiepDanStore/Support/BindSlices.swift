extension Array {
    /// The elements in slices of at most 500, each for one statement's `IN (…)` list: far below the binds SQLite
    /// (32,766) and PostgreSQL (65,535) accept in a statement, and a province's thousands of organisations or a
    /// bulletin's thousands of questions in a few statements rather than one per element.
    var bindSlices: [[Element]] {
        stride(from: 0, to: count, by: 500).map { Array(self[$0..<Swift.min($0 + 500, count)]) }
    }
}
