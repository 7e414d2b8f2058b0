import Foundation
import Mustache

/// The office's Mustache templates, loaded once at start from `templates/`.
///
/// Loading fails with a `TemplateProblem` that names the file and line, so a broken
/// template stops the service at start instead of at a citizen's request.
public struct TemplateSet: Sendable {
    /// The directory the templates came from.
    public let directory: String
    private let library: MustacheLibrary

    /// Loads every `*.mustache` file below `directory`; names are paths without the extension.
    public init(directory: String) async throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TemplateProblem(file: directory, line: 0, message: "templates directory not found")
        }
        do {
            self.library = try await MustacheLibrary(directory: directory)
        } catch let error as MustacheLibrary.ParserError {
            throw TemplateProblem(file: directory + "/" + error.filename, line: error.context.lineNumber, message: "\(error.error)")
        }
        self.directory = directory
    }

    /// Whether a template of this name exists.
    public func contains(_ name: String) -> Bool {
        library.getTemplate(named: name) != nil
    }

    /// Renders `name` with `object`; throws when the template does not exist.
    public func render(_ name: String, with object: Any) throws -> String {
        guard let text = library.render(object, withTemplate: name) else {
            throw TemplateProblem(file: name, line: 0, message: "no template named '\(name)'")
        }
        return text
    }
}
