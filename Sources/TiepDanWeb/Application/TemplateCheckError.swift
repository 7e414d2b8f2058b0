public import TiepDanPublish

/// The template set has problems; the service does not start on it.
public struct TemplateCheckError: Error, CustomStringConvertible {
    /// Every problem, `FILE:LINE: message`.
    public let problems: [TemplateProblem]
    /// One problem per line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
