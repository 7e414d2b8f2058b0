/// One thing wrong (or worth a warning) in a schedule or holiday file, located for an editor.
public struct ScheduleProblem: Sendable, Equatable, Comparable, CustomStringConvertible {
    /// Errors stop a file being used; warnings are reported and the file is used.
    public enum Severity: String, Sendable {
        case error, warning
    }

    /// The file.
    public var file: String
    /// The line, from 1 (0 when the whole file is meant).
    public var line: Int
    /// The column, from 1.
    public var column: Int
    /// What is wrong and, where it helps, what to write instead.
    public var message: String
    /// Error or warning.
    public var severity: Severity

    /// Creates a problem.
    public init(file: String, line: Int, column: Int, message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.severity = severity
    }

    /// `FILE:LINE:COLUMN: message`, with `warning: ` before warnings.
    public var description: String {
        // One line per problem, whatever a library's message contained.
        "\(file):\(line):\(column): " + (severity == .warning ? "warning: " : "")
            + message.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    public static func < (lhs: ScheduleProblem, rhs: ScheduleProblem) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.message)
    }
}
