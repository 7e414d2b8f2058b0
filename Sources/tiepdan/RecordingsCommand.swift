import ArgumentParser
import Foundation
import TiepDanCore
import TiepDanStore

/// `tiepdan recordings`: the recordings registered on sessions.
struct RecordingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recordings",
        abstract: "Check a recording file against the SHA-256 registered on its session.",
        subcommands: [Verify.self]
    )

    /// `tiepdan recordings verify FILE --session ID`: recomputes the file's SHA-256 and says which registered recording
    /// it matches; exit 1 when it matches none (changed, truncated or another file) or none is registered.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute FILE's SHA-256 and compare it with the recordings registered on the session."
        )

        @Argument(help: "The recording file to check.") var file: String
        @Option(help: "The session the recording belongs to.") var session: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await CommandFailure.reporting {
                let digest = try FileDigest.sha256(path: file)
                let store = try await StoreOpener.open(try database.location(), for: .admin, logger: LogSetup.logger("tiepdan.recordings"))
                let recordings: [SessionRecording]
                do {
                    recordings = try await ScheduleRepository(store: store).recordings(sessionID: session)
                } catch {
                    try? await store.close()
                    throw error
                }
                try await store.close()
                guard !recordings.isEmpty else { throw CommandFailure("no recording is registered on session \(session)") }
                if let match = recordings.first(where: { $0.sha256 == digest }) {
                    print("matches: \(file) is recording \(match.position) of session \(session) (\(match.uri)), SHA-256 \(digest)")
                    return
                }
                print(
                    "DOES NOT MATCH: \(file) has SHA-256 \(digest), which is none of the \(recordings.count) recording(s) registered on session \(session):"
                )
                for recording in recordings { print("  \(recording.position). \(recording.uri)  \(recording.sha256)") }
                throw ExitCode.failure
            }
        }
    }
}
