import ArgumentParser
import Foundation

/// A command's failure: one line on standard error and a non-zero exit.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    /// Runs `body`, turning any failure into one line on standard error and exit code 1.
    static func reporting<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as ExitCode {
            throw error
        } catch {
            let line = String(describing: error)
            FileHandle.standardError.write(Data("tiepdan: \(line.split(separator: "\n").first ?? "")\n".utf8))
            throw ExitCode.failure
        }
    }
}
