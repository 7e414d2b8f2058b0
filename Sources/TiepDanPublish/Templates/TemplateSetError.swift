/// A template that cannot be used, located as `FILE:LINE: message`.
public struct TemplateSetError: Error, CustomStringConvertible, Sendable {
    /// The template file.
    public var file: String
    /// The line of the problem, 0 when it concerns the whole file.
    public var line: Int
    /// What is wrong.
    public var message: String

    /// Creates the error.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `FILE:LINE: message`, the form editors and CI jump to.
    public var description: String { "\(file):\(line): \(message)" }
}
