import Foundation
public import Logging
import PostgresKit
public import TiepDanStore

/// Throwaway databases for store tests: an SQLite file always, a PostgreSQL database when
/// `TIEPDAN_TEST_POSTGRES_URL` names a server (the test script starts one). Shared by the store and web tests.
public enum TestDatabase {
    /// Warnings and worse, so that test output stays readable.
    public static let logger: Logger = {
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        return logger
    }()

    /// The server's admin URL, when the test command started one.
    public static var postgresURL: String? {
        ProcessInfo.processInfo.environment["TIEPDAN_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A new, empty SQLite file in a fresh temporary directory.
    public static func sqliteLocation() throws -> DatabaseLocation {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tiepdan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return .sqlite(path: directory.appendingPathComponent("test.sqlite").path)
    }

    /// Runs `body` with a migrated store on a fresh database of `engine`, then closes and drops it.
    public static func with(_ engine: DatabaseEngine, _ body: (any Store, DatabaseLocation) async throws -> Void) async throws {
        switch engine {
        case .sqlite:
            let location = try sqliteLocation()
            let store = try await StoreOpener.open(location, for: .serve, logger: logger)
            do { try await body(store, location) } catch {
                try? await store.close()
                throw error
            }
            try await store.close()
        case .postgres:
            guard let adminURL = postgresURL else { throw TestDatabaseError.postgresNotConfigured }
            let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try await admin(adminURL, "CREATE DATABASE \(name)")
            let location = DatabaseLocation.postgres(url: replacingDatabase(in: adminURL, with: name))
            // Scenarios race hundreds of transactions on a test machine that runs other suites beside them: they test
            // what is saved, not how fast.
            let store = try await StoreOpener.open(location, for: .serve, patience: .seconds(300), logger: logger)
            do { try await body(store, location) } catch {
                try? await store.close()
                throw error
            }
            try await store.close()
            try await admin(adminURL, "DROP DATABASE \(name)")
        }
    }

    private static func admin(_ url: String, _ sql: String) async throws {
        let configuration = try SQLPostgresConfiguration(url: url)
        let connection = try await PostgresConnection.connect(configuration: configuration.coreConfiguration, id: 0, logger: logger)
        do {
            try await connection.sql().raw(SQLQueryString(sql)).run()
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
    }

    private static func replacingDatabase(in url: String, with name: String) -> String {
        guard let slash = url.range(of: "/", options: .backwards, range: url.range(of: "://")!.upperBound..<url.endIndex) else {
            return url + "/" + name
        }
        let query = url[slash.upperBound...].firstIndex(of: "?").map { String(url[$0...]) } ?? ""
        return String(url[..<slash.upperBound]) + name + query
    }
}

/// Why a throwaway database could not be made.
public enum TestDatabaseError: Error {
    case postgresNotConfigured
}
