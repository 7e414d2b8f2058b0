import Foundation
import Testing
import TiepDanCore
import TiepDanStore
import TiepDanTestSupport

/// A start with the same schedule files on the same day reads none of them again; a changed file, or a new day that
/// moves the horizon, syncs again, and what it finds is written.
@Suite("Schedule sync at start")
struct ScheduleSyncTests {
    static var shipped: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("schedules")
    }

    @Test("the same files on the same day are not read again; a change or a new day syncs")
    func unchangedFilesSkip() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("schedules-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.shipped, to: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await TestDatabase.with(.sqlite) { store, _ in
            let synchronizer = ScheduleSynchronizer(store: store)
            let now = Date(timeIntervalSince1970: 1_796_000_000)
            let first = try #require(try await synchronizer.run(directory: directory.path, now: now).report)
            #expect(!first.filesUnchanged && first.created > 0)
            let again = try #require(try await synchronizer.run(directory: directory.path, now: now.addingTimeInterval(3600)).report)
            #expect(again.filesUnchanged && again.created == 0, "\(again)")

            // A leader's reception moved from Thursday to Friday: read again, and the sessions follow.
            let file = directory.appendingPathComponent("xa-tan-thanh.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.contains("BYDAY=TH"))
            try text.replacingOccurrences(of: "BYDAY=TH", with: "BYDAY=FR").write(to: file, atomically: true, encoding: .utf8)
            let changed = try #require(try await synchronizer.run(directory: directory.path, now: now.addingTimeInterval(7200)).report)
            #expect(!changed.filesUnchanged && changed.created > 0 && changed.cancelled > 0, "\(changed)")

            // The next day the horizon moves a day: read again, and the day that came into view is materialised.
            let tomorrow = try #require(try await synchronizer.run(directory: directory.path, now: now.addingTimeInterval(86_400)).report)
            #expect(!tomorrow.filesUnchanged, "\(tomorrow)")
        }
    }
}
