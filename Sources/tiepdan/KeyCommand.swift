import ArgumentParser
import Foundation
import TiepDanOffice
import TiepDanStore

/// `tiepdan key`: the sealing key's fingerprint, and its rotation.
struct KeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "The key that seals denouncers' identities and second factors.",
        subcommands: [Fingerprint.self, Rotate.self]
    )

    /// `tiepdan key fingerprint`: the key file's fingerprint beside the one the database records.
    struct Fingerprint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the key's fingerprint and the one the database records.")

        @OptionGroup var key: SecretKeyOptions
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await CommandFailure.reporting {
                let (seal, _) = try IdentitySeal.configured(environment: ProcessInfo.processInfo.environment, file: key.file, mayCreate: false)
                let store = try await StoreOpener.open(try database.location(), for: .admin, logger: LogSetup.logger("tiepdan.key"))
                let data = SealedData(store: store)
                let recorded = try? await data.fingerprint()
                let count = try? await data.count()
                try await store.close()
                print("key \(key.file): \(seal.fingerprint)")
                print("database: \((recorded ?? nil) ?? "none recorded") (\(count ?? 0) sealed value(s))")
            }
        }
    }

    /// `tiepdan key rotate`: every sealed value re-sealed under a new key, which replaces the file.
    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-seal every sealed value under a new key, which replaces the key file (stop every serve first)."
        )

        @OptionGroup var key: SecretKeyOptions
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await CommandFailure.reporting {
                // As `serve` opens it: on SQLite, refused while a server holds the file, whose key in memory would go stale.
                let store = try await StoreOpener.open(try database.location(), for: .serve, logger: LogSetup.logger("tiepdan.key"))
                do {
                    let (count, fingerprint) = try await SealingKey.rotate(
                        environment: ProcessInfo.processInfo.environment,
                        file: key.file,
                        data: SealedData(store: store)
                    )
                    try await store.close()
                    print("re-sealed \(count) value(s); the new key is in \(key.file) (fingerprint \(fingerprint.prefix(16)))")
                    print("the old key opens nothing any more: destroy its copies")
                } catch {
                    try? await store.close()
                    throw error
                }
            }
        }
    }
}
