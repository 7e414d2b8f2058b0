import Foundation
import Testing
import TiepDanStore
import TiepDanTestSupport

/// What only an SQLite file can get wrong: two processes' worth of openers on one file.
@Suite("SQLite file sharing")
struct SQLiteFileTests {
    @Test("a second serve on a held file is refused, admin openers work beside it")
    func serveLock() async throws {
        let location = try TestDatabase.sqliteLocation()
        let server = try await StoreOpener.open(location, for: .serve, logger: TestDatabase.logger)
        await #expect(throws: StoreError.self) {
            _ = try await StoreOpener.open(location, for: .serve, logger: TestDatabase.logger)
        }
        let admin = try await StoreOpener.open(location, for: .admin, logger: TestDatabase.logger)
        _ = try await UserRepository(store: admin).create(username: "from.cli", passwordHash: "h", roles: [.admin], actor: "cli")
        try await admin.close()
        #expect(try await UserRepository(store: server).credentials(username: "from.cli") != nil)
        try await server.close()
        let again = try await StoreOpener.open(location, for: .serve, logger: TestDatabase.logger)
        try await again.close()
    }

    @Test("the refusal names the file and says what to do")
    func refusalMessage() {
        let message = StoreError.alreadyServed(path: "data/tiepdan.sqlite").description
        #expect(message.contains("data/tiepdan.sqlite"))
        #expect(message.contains("already running"))
    }

    @Test("database URLs parse, and passwords stay out of logs")
    func locations() throws {
        #expect(try DatabaseLocation(parsing: "sqlite:data/x.sqlite") == .sqlite(path: "data/x.sqlite"))
        #expect(try DatabaseLocation(parsing: "sqlite:///tmp/x.sqlite") == .sqlite(path: "/tmp/x.sqlite"))
        let postgres = try DatabaseLocation(parsing: "postgres://td:secret@127.0.0.1:5432/tiepdan")
        #expect(postgres.description == "postgres://td:***@127.0.0.1:5432/tiepdan")
        #expect(throws: StoreError.self) { try DatabaseLocation(parsing: "mysql://x") }
        #expect(throws: StoreError.self) { try DatabaseLocation(parsing: "sqlite:") }
    }
}
