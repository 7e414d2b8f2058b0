import ArgumentParser
import Foundation
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// `tiepdan retention run`: anonymise what has passed its retention period now, as `serve` does every few hours.
struct RetentionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "Keep personal data no longer than schedules/legal/retention.yaml says.",
        subcommands: [Run.self]
    )

    /// `tiepdan retention run [--dry-run]`.
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Anonymise every record past its period (notices deleted); counts stay. --dry-run only counts."
        )

        @Flag(help: "Count what is due, change nothing.") var dryRun = false
        @Option(help: "Directory of schedule files (its legal/retention.yaml).") var schedules = "schedules"
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await CommandFailure.reporting {
                let (rules, problems) = RetentionRule.load(directory: schedules)
                guard problems.isEmpty else { throw CommandFailure(problems.map(\.description).joined(separator: "\n")) }
                let store = try await StoreOpener.open(try database.location(), for: .admin, logger: LogSetup.logger("tiepdan.retention"))
                do {
                    let counts = try await RetentionDesk(rules: rules, store: store).run(now: Date(), dryRun: dryRun)
                    try await store.close()
                    for (kind, count) in counts {
                        print("\(kind.rawValue): \(count) \(dryRun ? "due" : "anonymised")")
                    }
                } catch {
                    try? await store.close()
                    throw error
                }
            }
        }
    }
}
