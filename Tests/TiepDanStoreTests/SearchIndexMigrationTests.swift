import Foundation
import SQLKit
import Testing
import TiepDanTestSupport

@testable import TiepDanStore

/// SQLite's search indexes rebuilt by migration 31 keep what they held: a database written before it finds the same
/// questions after it, now within each organisation's own words; migration 32 drops the public index nothing reads.
@Suite("Search index migration")
struct SearchIndexMigrationTests {
    @Test("questions indexed before migration 31 are found after it, within their organisation alone")
    func indexedBeforeAreFoundAfter() async throws {
        guard case .sqlite(let path) = try TestDatabase.sqliteLocation() else { return }
        let store = try await SQLiteStore.open(path: path, exclusive: false, logger: TestDatabase.logger)
        let before = Array(Migrations.all.prefix { $0.version < 31 })
        _ = try await Migrator(store: store, logger: TestDatabase.logger, migrations: before).migrate()
        try await store.transaction { database in
            for (organisation, reference) in [("xa-thu", "Q-2026-000001"), ("xa-thu-2", "Q-2026-000002")] {
                try await database.raw(
                    """
                    INSERT INTO organisations (id, name, level, time_zone, updated_at)
                    VALUES (\(bind: organisation), 'UBND', 'commune', 'Asia/Ho_Chi_Minh', 0)
                    """
                ).run()
                try await database.raw(
                    """
                    INSERT INTO questions (reference, token_hash, organisation_id, category, channel, subject, text, folded, status,
                        due_date, publish_consent, created_by, created_at, updated_at)
                    VALUES (\(bind: reference), 't', \(bind: organisation), 'question', 'web', 'Ngập', 'Đường ấp 3 ngập nước',
                        'ngap duong ap 3 ngap nuoc', 'published', '2026-12-31', 1, 'citizen', 0, 0)
                    """
                ).run()
                // As migration 29 and the service before 31 wrote them: the organisation as a token of its own column.
                for table in ["questions_fts", "questions_public_fts"] {
                    try await database.raw(
                        """
                        INSERT INTO \(unsafeRaw: table) (reference, organisation, folded)
                        SELECT reference, 'o' || hex(organisation_id), folded FROM questions WHERE reference = \(bind: reference)
                        """
                    ).run()
                }
            }
        }
        #expect(try await Migrator(store: store, logger: TestDatabase.logger).migrate() == Array(31...Migrations.all.last!.version))
        let tables = try await store.read { database in
            try await database.raw("SELECT name FROM sqlite_master WHERE name LIKE 'questions%fts'").all()
                .map { try $0.decode(column: "name", as: String.self) }
        }
        #expect(tables == ["questions_fts"])
        let questions = QuestionRepository(store: store)
        #expect(try await questions.search("đường ngập").map(\.reference).sorted() == ["Q-2026-000001", "Q-2026-000002"])
        #expect(try await questions.search("đường ngập", organisationID: "xa-thu-2").map(\.reference) == ["Q-2026-000002"])
        let suggested = try await questions.similar(to: "ngập nước đường ấp", organisationID: "xa-thu")
        #expect(suggested.map(\.question.reference) == ["Q-2026-000001"])
        try await store.close()
    }
}
