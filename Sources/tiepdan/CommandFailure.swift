import ArgumentParser
import Foundation
import TiepDanWeb

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
        } catch let error as TemplateCheckError {
            // Every broken template at once, so an editor fixes them in one pass.
            for problem in error.problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
            FileHandle.standardError.write(Data("tiepdan: the templates have \(error.problems.count) problem(s); not starting\n".utf8))
            throw ExitCode.failure
        } catch {
            let line = String(describing: error)
            FileHandle.standardError.write(Data("tiepdan: \(line.split(separator: "\n").first ?? "")\n".utf8))
            throw ExitCode.failure
        }
    }
}
