import Foundation
import Testing
import TiepDanCore

@testable import TiepDanStore

extension StoreScenarios {
    static let batches: [StoreScenario] = [
        StoreScenario(name: "rows written together read back in their order with every value as given") { (store: any Store) async throws in
            // More rows than one PostgreSQL statement carries, so the batch crosses a statement boundary there.
            let texts = ["Tiếp công dân \"định kỳ\"", "C:\\thư mục\\tệp", "dòng 1\ndòng 2\r\tcột", "\u{1F}\u{7}'; DROP TABLE x;--", "🇻🇳 Đài", ""]
            let entries = (0..<9_000).map { index in
                AuditEntry(
                    at: Date(timeIntervalSince1970: TimeInterval(1_800_000_000 + index)),
                    actor: texts[index % texts.count],
                    entityKind: "batch",
                    entityID: "one",
                    action: "step-\(index)",
                    before: index % 3 == 0 ? nil : texts[(index + 1) % texts.count],
                    after: index % 5 == 0 ? nil : "\(Int64.max - Int64(index))"
                )
            }
            try await store.transaction { database in try await AuditLog.append(contentsOf: entries, on: database) }
            let read = try await store.read { database in
                try await AuditLog.trail(kind: "batch", id: "one", limit: 10_000, on: database)
            }
            #expect(read.count == entries.count)
            #expect(read == entries)
        }
    ]
}
