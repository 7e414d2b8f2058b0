import Foundation
import SQLKit
import Testing
import TiepDanCore

@testable import TiepDanStore

extension StoreScenarios {
    static let documents: [StoreScenario] = [
        StoreScenario(name: "minutes: a draft is rewritten in place, finalising numbers it once, a later edit is version 2 with the same number") {
            (store: any Store) async throws in
            let session = try await BookingFixtures.session(in: store)
            let minutes = MinutesRepository(store: store)
            let now = BookingFixtures.now
            func draft(_ conclusion: String, expected: Int? = nil, kind: MinutesKind = .receptionMinutes) async throws -> MinutesRecord {
                try await minutes.saveDraft(
                    sessionID: session,
                    organisationID: "xa-thu",
                    kind: kind,
                    conclusion: conclusion,
                    notes: "",
                    expectedVersion: expected,
                    actor: "u-sec",
                    now: now
                ) { version, number in
                    "<p>v\(version) số \(number.map(String.init) ?? "-") \(conclusion)</p>"
                }
            }
            let first = try await draft("a")
            #expect(first.version == 1 && !first.isFinal && first.number == nil && first.html == "<p>v1 số - a</p>")
            let again = try await draft("b", expected: 1)
            #expect(again.id == first.id && again.version == 1 && again.html == "<p>v1 số - b</p>")
            await #expect(throws: DocumentError.conflict("version 3 is no longer the latest; reload")) { _ = try await draft("c", expected: 3) }
            // Two clerks press "finalise" at once: one numbers it, the other is told.
            async let one = try? minutes.finalise(first.id, version: 1, actor: "u-1", now: now) { "<p>số \($0)</p>" }
            async let two = try? minutes.finalise(first.id, version: 1, actor: "u-2", now: now) { "<p>số \($0)</p>" }
            let results = await [one, two].compactMap { $0 }
            #expect(results.count == 1 && results.first?.number == 1 && results.first?.html == "<p>số 1</p>")
            let second = try await draft("d")
            #expect(second.id == first.id && second.version == 2 && second.number == 1 && !second.isFinal)
            #expect(try await minutes.find(first.id, version: 1)?.html == "<p>số 1</p>", "the final version is kept as it was")
            let final2 = try await minutes.finalise(first.id, version: 2, actor: "u-1", now: now) { "<p>số \($0) lần 2</p>" }
            #expect(final2.number == 1 && final2.isFinal)
            let notice = try await draft("e", kind: .conclusionNotice)
            #expect(notice.id != first.id)
            #expect(try await minutes.finalise(notice.id, version: 1, actor: "u-1", now: now) { "\($0)" }.number == 1, "TB numbers apart from BB")
            #expect(try await minutes.versions(first.id).map(\.version) == [1, 2])
            let trail = try await store.read { try await AuditLog.trail(kind: "minutes", id: first.id, on: $0) }.map(\.action)
            #expect(trail == ["create", "regenerate", "finalise", "new_version", "finalise"])
        },
        StoreScenario(name: "a bulletin publishes its approved answers with it, refuses the rest whole, and never changes afterwards") {
            (store: any Store) async throws in
            _ = try await BookingFixtures.session(in: store)
            let questions = QuestionRepository(store: store)
            let bulletins = BulletinRepository(store: store)
            let now = BookingFixtures.now
            func approved(_ text: String, consent: Bool = true) async throws -> String {
                let reference = try await questions.submit(QuestionFixtures.question(text, consent: consent), now: now).reference
                for (action, change) in [
                    (QuestionAction.accept, QuestionChange()), (.assign, QuestionChange(departmentID: "xa-thu.dia-chinh")),
                    (.answer, QuestionChange(answer: "Đã xử lý.")), (.approve, QuestionChange()),
                ] {
                    _ = try await questions.apply(action, to: reference, change: change, actor: "u", now: now)
                }
                return reference
            }
            let good = try await approved("Khi nào sửa cống ấp 2?")
            let secret = try await approved("Hỏi riêng về trợ cấp.", consent: false)
            let fresh = try await questions.submit(QuestionFixtures.question("Đèn đường hỏng."), now: now).reference
            func publish(_ references: [String], replaces: String? = nil) async throws -> BulletinRecord {
                try await bulletins.publish(
                    NewBulletin(
                        organisationID: "xa-thu",
                        title: "Bản tin",
                        sessionID: nil,
                        replaces: replaces,
                        references: references,
                        actor: "u-sec"
                    ),
                    now: now
                ) { id, records in
                    BulletinDocument(
                        heading: DocumentHeading(issuer: ["UBND"], number: "", placeAndDate: "", kind: "Bản tin", subject: ""),
                        id: id,
                        title: "Bản tin",
                        publishedOn: "",
                        items: records.enumerated().map {
                            MinutesQuestion(number: $0 + 1, reference: $1.reference, topic: "", question: $1.text, answer: $1.answer ?? "")
                        },
                        replaces: nil,
                        correctedBy: nil
                    )
                }
            }
            await #expect(throws: DocumentError.self) { _ = try await publish([good, secret, fresh]) }
            #expect(try await questions.find(reference: good)?.status == .approved, "a refused bulletin changes nothing")
            let bulletin = try await publish([good])
            #expect(bulletin.id.range(of: #"^BT-\d{4}-\d{6}$"#, options: .regularExpression) != nil)
            #expect(bulletin.document.items.map(\.reference) == [good] && bulletin.document.items.first?.answer == "Đã xử lý.")
            #expect(try await questions.find(reference: good)?.status == .published)
            await #expect(throws: (any Error).self) {
                try await store.transaction { try await $0.raw("UPDATE bulletins SET title = 'khác'").run() }
            }
            await #expect(throws: (any Error).self) {
                try await store.transaction { try await $0.raw("DELETE FROM bulletins").run() }
            }
            let correction = try await publish([good], replaces: bulletin.id)
            await #expect(throws: DocumentError.conflict("\(bulletin.id) is already corrected; correct the correction instead")) {
                _ = try await publish([good], replaces: bulletin.id)
            }
            #expect(try await bulletins.find(bulletin.id)?.correctedBy?.id == correction.id)
            #expect(try await bulletins.list(organisationID: "xa-thu", limit: 10).map(\.id) == [correction.id, bulletin.id])
        },
    ]
}
