import Foundation
import SQLKit
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

            // A file in a folder below (the holiday calendar) counts as much as a schedule file.
            let holidays = directory.appendingPathComponent("holidays")
            let holidayFile = try #require(try FileManager.default.contentsOfDirectory(atPath: holidays.path).sorted().first)
            let holidayText = try String(contentsOf: holidays.appendingPathComponent(holidayFile), encoding: .utf8)
            try (holidayText + "\n# sửa đổi\n").write(to: holidays.appendingPathComponent(holidayFile), atomically: true, encoding: .utf8)
            let edited = try #require(try await synchronizer.run(directory: directory.path, now: now.addingTimeInterval(7300)).report)
            #expect(!edited.filesUnchanged, "\(edited)")
            let steady = try #require(try await synchronizer.run(directory: directory.path, now: now.addingTimeInterval(7400)).report)
            #expect(steady.filesUnchanged, "\(steady)")

            // The next day the horizon moves a day: read again, and the day that came into view is materialised.
            let tomorrow = try #require(try await synchronizer.run(directory: directory.path, now: now.addingTimeInterval(86_400)).report)
            #expect(!tomorrow.filesUnchanged, "\(tomorrow)")
        }
    }

    static var engines: [DatabaseEngine] { TestDatabase.postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    @Test("a province's files are written in batches, each session once; a later edit changes only what it touched", arguments: engines)
    func batches(engine: DatabaseEngine) async throws {
        // 150 communes more than the shipped four: three batches of organisations, the last one short.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("schedules-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.shipped, to: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        let commune = try String(contentsOf: directory.appendingPathComponent("xa-tan-thanh.yaml"), encoding: .utf8)
        for number in 0..<150 {
            let id = String(format: "xa-thu-%03d", number)
            try commune.replacingOccurrences(of: "id: xa-tan-thanh", with: "id: \(id)")
                .write(to: directory.appendingPathComponent("\(id).yaml"), atomically: true, encoding: .utf8)
        }
        let now = Date(timeIntervalSince1970: 1_796_000_000)
        try await TestDatabase.with(engine) { store, _ in
            let synchronizer = ScheduleSynchronizer(store: store)
            let first = try #require(try await synchronizer.run(directory: directory.path, now: now).report)
            let expected = try Self.sessionsInView(directory: directory.path, now: now, horizonDays: synchronizer.horizonDays)
            #expect(expected > 154 * 10, "every commune has sessions in view")
            #expect(first.created == expected && first.updated == 0 && first.cancelled == 0, "\(first)")
            #expect(try await Self.count("SELECT COUNT(*) AS n FROM sessions", on: store) == expected)
            #expect(try await Self.count("SELECT COUNT(DISTINCT organisation_id) AS n FROM sessions", on: store) == 154)
            let audited = "SELECT COUNT(*) AS n FROM audit_log WHERE entity_kind = 'session' AND action = 'create'"
            #expect(try await Self.count(audited, on: store) == expected)

            // The chairman of the last commune of all moves his day: only his sessions change.
            let last = directory.appendingPathComponent("xa-thu-149.yaml")
            try commune.replacingOccurrences(of: "id: xa-tan-thanh", with: "id: xa-thu-149").replacingOccurrences(of: "BYDAY=TH", with: "BYDAY=FR")
                .write(to: last, atomically: true, encoding: .utf8)
            let second = try #require(try await synchronizer.run(directory: directory.path, now: now.addingTimeInterval(60)).report)
            #expect(second.created > 0 && second.cancelled > 0 && second.updated == 0, "\(second)")
            #expect(second.unchanged + second.cancelled == expected, "\(second)")
            let touched = "SELECT COUNT(DISTINCT organisation_id) AS n FROM sessions WHERE sequence > 0"
            #expect(try await Self.count(touched, on: store) == 1, "only the edited commune's sessions changed")
        }
    }

    /// The sessions the files hold from `now` to the horizon: what a first sync must write.
    static func sessionsInView(directory: String, now: Date, horizonDays: Int) throws -> Int {
        let set = ScheduleSet.load(directory: directory)
        #expect(!set.hasErrors, "\(set.problems)")
        let today = ScheduleExpander.localDay(of: now, in: RFC3339.vietnam)
        let horizon = ScheduleExpander.instant(today.adding(days: horizonDays), minutes: 0, in: RFC3339.vietnam)
        return ScheduleExpander(holidays: set.holidays).sessions(
            of: set.schedules,
            from: today.adding(days: -1),
            through: today.adding(days: horizonDays)
        )
        .count { $0.startsAt >= now && $0.startsAt < horizon }
    }

    static func count(_ sql: String, on store: any Store) async throws -> Int {
        try await store.read { try await $0.raw(SQLQueryString(sql)).first()?.decode(column: "n", as: Int.self) ?? -1 }
    }
}
