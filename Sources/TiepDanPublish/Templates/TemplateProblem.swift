/// Something wrong in a template, located as `FILE:LINE: message`.
public struct TemplateProblem: Sendable, Equatable, CustomStringConvertible {
    /// The template file, relative to the templates directory.
    public var file: String
    /// The line, from 1.
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
