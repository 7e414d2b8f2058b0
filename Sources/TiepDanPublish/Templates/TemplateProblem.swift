/// Something wrong in a template, located as `FILE:LINE: message`: found by `TemplateLinter`,
/// or thrown by `TemplateSet` for a file that does not parse.
public struct TemplateProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template file (relative to the templates directory when the linter found it).
    public var file: String
    /// The line, from 1; 0 when it concerns the whole file.
    public var line: Int
    /// What is wrong.
    public var message: String

    /// Creates a problem.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `FILE:LINE: message`.
    public var description: String { "\(file):\(line): \(message)" }
}
