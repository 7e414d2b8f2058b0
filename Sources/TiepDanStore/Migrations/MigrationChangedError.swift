/// An applied migration's file no longer holds what was applied: the schema and the code disagree,
/// so the service does not start until the file is restored (a change needs a new migration).
public struct MigrationChangedError: Error, CustomStringConvertible {
    /// The migration's number.
    public let version: Int
    /// The source file that was edited.
    public let file: String

    /// One line for the operator, naming the file.
    public var description: String {
        "migration \(version) (\(file)) was changed after it was applied; restore it and add a new migration instead"
    }
}
