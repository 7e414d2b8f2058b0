import ArgumentParser
import Foundation
import TiepDanPublish
import TiepDanWeb

/// `tiepdan templates`: check the Mustache templates an office edits.
struct TemplatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Check the templates in templates/.",
        subcommands: [Check.self]
    )

    /// `tiepdan templates check`.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Exit 0 when every template parses and every partial, variable and word it names exists; otherwise print FILE:LINE: message per problem and exit 1."
        )

        @Option(help: "Directory of Mustache templates (web/ and documents/).")
        var templates = "templates"

        func run() async throws {
            var problems: [String] = []
            do {
                _ = try await TemplateSet(directory: templates)
            } catch let error as TemplateProblem {
                problems.append(error.description)
            }
            do {
                let localization = try Localization(directory: templates + "/web/i18n")
                problems += AppServices.check(templates, localization: localization).map { "\(templates)/\($0)" }
            } catch let error as LocalizationError {
                problems.append(error.description)
            }
            for problem in problems { print(problem) }
            FileHandle.standardError.write(Data("\(problems.count) problem(s)\n".utf8))
            if !problems.isEmpty { throw ExitCode.failure }
        }
    }
}
