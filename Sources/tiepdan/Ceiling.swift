import ArgumentParser
import Hummingbird
import Logging

/// `tiepdan ceiling`: a bare Hummingbird "hello" route, the framework's ceiling on this machine.
/// The benchmark measures it beside tiepdan's own routes in the same run.
struct Ceiling: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve a bare Hummingbird hello route (benchmark baseline).",
        shouldDisplay: false
    )

    @Option var port = 8089

    func run() async throws {
        let router = Router()
        router.get("hello") { _, _ in "hello" }
        var logger = Logger(label: "ceiling")
        logger.logLevel = .warning
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)), logger: logger)
        try await app.runService()
    }
}
