import ArgumentParser
import Foundation
import Logging
import TiepDanOffice

/// Where the sealing key is: `--secret-key-file`, else the default outside the data folder (`SealingKey.defaultFile`).
struct SecretKeyOptions: ParsableArguments {
    @Option(
        name: .customLong("secret-key-file"),
        help: """
            File holding the key that seals denouncers' identities and second factors (default: \
            $CONFIGURATION_DIRECTORY/secret.key, else ~/.config/tiepdan/secret.key; created on the first start while \
            nothing is sealed). TIEPDAN_SECRET_KEY (base64) overrides it. Keep it apart from the database and its backups.
            """
    )
    var path: String?

    /// The key file in use.
    var file: String { path ?? SealingKey.defaultFile(environment: ProcessInfo.processInfo.environment) }

    /// Says at start how the key was found, by file and fingerprint, never the key.
    func log(_ outcome: SealingKey.Outcome, fingerprint: String, logger: Logger) {
        let metadata: Logger.Metadata = ["file": "\(file)", "fingerprint": "\(fingerprint.prefix(16))"]
        switch outcome {
        case .created: logger.notice("created a new sealing key; keep it apart from the database and its backups", metadata: metadata)
        case .recorded: logger.notice("recorded the sealing key's fingerprint in the database", metadata: metadata)
        case .matches: logger.info("sealing key matches the database", metadata: metadata)
        case .replaced(let previous):
            logger.notice("nothing was sealed under the previous key (\(previous.prefix(16))); the database now records this one", metadata: metadata)
        }
    }
}
