import Foundation
import Logging

/// Logging to standard output, at `LOG_LEVEL` (default info), set up once per process.
enum LogSetup {
    static func logger(_ label: String) -> Logger {
        bootstrapOnce
        var logger = Logger(label: label)
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        return logger
    }

    private static let bootstrapOnce: Void = {
        LoggingSystem.bootstrap(StreamLogHandler.standardOutput)
    }()
}
