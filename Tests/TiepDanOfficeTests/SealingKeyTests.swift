import Foundation
import Logging
import SQLKit
import Testing
import TiepDanCore
import TiepDanStore

@testable import TiepDanOffice

/// The sealing key outside the data folder, checked against the fingerprint the database records, and rotated.
@Suite("Sealing key")
struct SealingKeyTests {
    @Test("the default key file is outside the data folder: systemd's configuration directory, else the user's")
    func defaultFile() {
        #expect(SealingKey.defaultFile(environment: ["CONFIGURATION_DIRECTORY": "/etc/tiepdan", "HOME": "/root"]) == "/etc/tiepdan/secret.key")
        #expect(SealingKey.defaultFile(environment: ["XDG_CONFIG_HOME": "/home/a/.cfg", "HOME": "/home/a"]) == "/home/a/.cfg/tiepdan/secret.key")
        #expect(SealingKey.defaultFile(environment: ["HOME": "/home/a"]) == "/home/a/.config/tiepdan/secret.key")
        #expect(!SealingKey.defaultFile(environment: [:]).hasPrefix("data/"))
    }

    @Test("a wrong or lost key is refused, naming the fingerprint expected; rotation keeps every identity readable")
    func checkedAndRotated() async throws {
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tiepdan-key-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try await StoreOpener.open(.sqlite(path: directory.appendingPathComponent("t.sqlite").path), for: .serve, logger: logger)
        let schedules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schedules").path
        _ = try await ScheduleSynchronizer(store: store).run(directory: schedules)
        let data = SealedData(store: store)
        let file = directory.appendingPathComponent("config/tiepdan/secret.key").path
        let other = directory.appendingPathComponent("other.key").path

        let (seal, outcome) = try await SealingKey.load(environment: [:], file: file, data: data)
        #expect(outcome == .created && FileManager.default.fileExists(atPath: file))
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)
        #expect(try await data.fingerprint() == seal.fingerprint)
        let identity = IdentitySeal.Identity(
            name: "Đặng Thị Bí Mật",
            phone: "0988765432",
            email: nil,
            address: "Ấp 2",
            idType: "cccd",
            idNumber: "079186004321"
        )
        let question = try await QuestionRepository(store: store).submit(
            NewQuestion(
                organisationID: "xa-tan-thanh",
                sessionID: nil,
                category: .denunciation,
                channel: "web",
                subject: "Tố cáo",
                text: "Tố cáo cán bộ nhận tiền",
                name: nil,
                phone: nil,
                email: nil,
                address: nil,
                sealedIdentity: try seal.seal(identity),
                dueDate: CivilDate(year: 2026, month: 12, day: 30)!,
                createdBy: "citizen",
                tokenHash: "t"
            ),
            now: Date()
        )
        #expect(try await SealingKey.load(environment: [:], file: file, data: data).outcome == .matches)

        try IdentitySeal.generated().write(to: other)
        let wrong = await #expect(throws: SealingKeyError.self) { _ = try await SealingKey.load(environment: [:], file: other, data: data) }
        #expect(wrong.map { "\($0)" }?.contains(String(seal.fingerprint.prefix(16))) == true, "names the key expected: \(String(describing: wrong))")
        let lost = directory.appendingPathComponent("lost/secret.key").path
        await #expect(throws: SealingKeyError.self, "a lost key is not replaced while sealed data exists") {
            _ = try await SealingKey.load(environment: [:], file: lost, data: data)
        }
        #expect(!FileManager.default.fileExists(atPath: lost))

        let (count, fingerprint) = try await SealingKey.rotate(environment: [:], file: file, data: data)
        #expect(count == 1 && fingerprint != seal.fingerprint && !FileManager.default.fileExists(atPath: file + ".new"))
        let (rotated, after) = try await SealingKey.load(environment: [:], file: file, data: data)
        #expect(after == .matches && rotated.fingerprint == fingerprint)
        let stored = try #require(
            try await store.read {
                try await $0.raw("SELECT sealed FROM question_citizens WHERE reference = \(bind: question.reference)").first()?
                    .decode(column: "sealed", as: String.self)
            }
        )
        #expect(try rotated.open(stored) == identity, "every identity opens under the new key")
        #expect((try? seal.open(stored)) == nil, "and none under the old")

        // A database sealed before fingerprints were recorded: the key must open what is there.
        try await store.transaction { try await $0.raw("DELETE FROM sealing_key").run() }
        await #expect(throws: SealingKeyError.self) { _ = try await SealingKey.load(environment: [:], file: other, data: data) }
        #expect(try await SealingKey.load(environment: [:], file: file, data: data).outcome == .recorded)
        try await store.close()
    }
}
