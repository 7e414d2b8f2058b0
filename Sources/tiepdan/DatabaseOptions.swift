import ArgumentParser
import Foundation
import TiepDanStore

/// `--database`, shared by every command that opens the store.
struct DatabaseOptions: ParsableArguments {
    @Option(help: "sqlite:PATH or postgres://user:pass@host:port/db (default: $DATABASE_URL, else sqlite:data/tiepdan.sqlite)")
    var database: String?

    /// The location from the flag, then `DATABASE_URL`, then the default file.
    func location() throws -> DatabaseLocation {
        guard let text = database ?? ProcessInfo.processInfo.environment["DATABASE_URL"], !text.isEmpty else {
            return .default
        }
        do {
            return try DatabaseLocation(parsing: text)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
