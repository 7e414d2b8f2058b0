import Foundation
import SQLKit
import Testing
import TiepDanCore

@testable import TiepDanStore

extension StoreScenarios {
    static let consents: [StoreScenario] = [
        StoreScenario(name: "each consent is kept with its wording's version, time and channel; withdrawal ends its use at once") {
            (store: any Store) async throws in
            _ = try await BookingFixtures.session(in: store)
            let questions = QuestionRepository(store: store)
            let consents = ConsentRepository(store: store)
            let now = BookingFixtures.now
            var asked = QuestionFixtures.question("Khi nào lắp đèn đường ấp 2?")
            asked.consents = [.publish, .messages]
            asked.consentVersion = "2026-12-01"
            let record = try await questions.submit(asked, now: now)
            #expect(record.publishConsent && !record.broadcastConsent)
            let given = try await consents.consents(.question(record.reference))
            #expect(given.map(\.purpose) == [.publish, .messages])
            #expect(given.allSatisfy { $0.textVersion == "2026-12-01" && $0.channel == "web" && $0.givenAt == now && $0.inForce })

            try await QuestionFixtures.publish(record.reference, in: questions, now: now)
            #expect(try await questions.published(organisationID: "xa-thu", limit: 10, after: nil).map(\.0.reference) == [record.reference])
            let later = now.addingTimeInterval(3600)
            let after = try await consents.withdraw(.publish, from: .question(record.reference), channel: "web", by: "citizen", now: later)
            #expect(after.first { $0.purpose == .publish }?.withdrawnAt == later)
            #expect(after.first { $0.purpose == .messages }?.inForce == true, "the other consents stand")
            #expect(try await questions.find(reference: record.reference)?.publishConsent == false)
            #expect(try await questions.published(organisationID: "xa-thu", limit: 10, after: nil).isEmpty, "gone from the public list")
            #expect(try await questions.events(reference: record.reference).last?.action == "consent_withdrawn")
            await #expect(throws: QuestionError.notFound, "withdrawn once; never given") {
                _ = try await consents.withdraw(.publish, from: .question(record.reference), channel: "web", by: "citizen", now: later)
            }
            await #expect(throws: QuestionError.notFound) {
                _ = try await consents.withdraw(.broadcast, from: .question(record.reference), channel: "web", by: "citizen", now: later)
            }

            var denunciation = QuestionFixtures.question("Tố cáo cán bộ địa chính nhận tiền", category: .denunciation)
            denunciation.consents = [.publish, .broadcast, .messages]
            let denounced = try await questions.submit(denunciation, now: now)
            #expect(!denounced.publishConsent && !denounced.broadcastConsent, "a denunciation never carries them")
            #expect(try await consents.consents(.question(denounced.reference)).map(\.purpose) == [.messages])
        },
        StoreScenario(name: "a denouncer received in person is kept only sealed: the clear columns and the keys that repeat them emptied") {
            (store: any Store) async throws in
            let session = try await BookingFixtures.session(in: store)
            let bookings = BookingRepository(store: store)
            let now = BookingFixtures.now
            var request = BookingFixtures.request(session, phone: 41)
            request.idNumber = "079186004321"
            request.address = "Ấp 2"
            let booked = try await bookings.registerWalkIn(request, now: now, opensAt: now.addingTimeInterval(-60))
            var visit = VisitRecord(outcome: .transferred, detail: "Chuyển Thanh tra", category: .denunciation, handledBefore: nil)
            visit.sealedIdentity = "v1:sealed-elsewhere"
            let recorded = try await bookings.recordOutcome(reference: booked.reference, visit, actor: "u-sec", now: now)
            #expect(recorded.name == DenouncerSecrecy.label && recorded.phone.isEmpty && recorded.idNumber == nil && recorded.address == nil)
            #expect(recorded.sealedIdentity == "v1:sealed-elsewhere")
            let row = try #require(
                try await store.read {
                    try await $0.raw(
                        """
                        SELECT c.name, c.phone, c.id_number, b.phone_key, b.id_number_key FROM booking_citizens c
                        JOIN bookings b ON b.reference = c.reference WHERE c.reference = \(bind: booked.reference)
                        """
                    ).first()
                }
            )
            #expect(try row.decode(column: "name", as: String.self).isEmpty && row.decode(column: "phone", as: String.self).isEmpty)
            #expect(try row.decode(column: "id_number", as: String?.self) == nil && row.decode(column: "id_number_key", as: String?.self) == nil)
            #expect(try row.decode(column: "phone_key", as: String.self) == "sealed:" + booked.reference)
            visit.category = .complaint
            visit.sealedIdentity = nil
            visit.idNumber = "079186009999"
            let again = try await bookings.recordOutcome(reference: booked.reference, visit, actor: "u-sec", now: now)
            #expect(again.sealedIdentity == "v1:sealed-elsewhere" && again.idNumber == nil, "once sealed, never unsealed by a later outcome")
            #expect(try await bookings.sealedIdentity(reference: booked.reference, viewer: "u-lead", now: now) == "v1:sealed-elsewhere")
            let looks = try await store.read { try await AuditLog.trail(kind: "booking", id: booked.reference, on: $0) }
            #expect(looks.last?.action == "view_denouncer" && looks.last?.actor == "u-lead")
        },
        StoreScenario(name: "records past their retention period are anonymised once, rows and counts kept; what is not due stays") {
            (store: any Store) async throws in
            let session = try await BookingFixtures.session(in: store)
            let bookings = BookingRepository(store: store)
            let questions = QuestionRepository(store: store)
            let retention = RetentionRepository(store: store)
            let now = BookingFixtures.now
            let noShow = try await bookings.book(BookingFixtures.request(session, phone: 51), now: now, closesBefore: 3600)
            let came = try await bookings.registerWalkIn(BookingFixtures.request(session, phone: 52), now: now, opensAt: now.addingTimeInterval(-60))
            let asked = try await questions.submit(QuestionFixtures.question("Khi nào sửa đường? Gọi 0912345678"), now: now)
            try await QuestionFixtures.publish(asked.reference, in: questions, now: now)
            let notice = try await store.transaction { database in
                try await NotificationOutbox.enqueue(
                    OutgoingNotice(
                        channel: .sms,
                        recipient: "0900000051",
                        subject: "Lịch hẹn",
                        body: "Nhắc lịch",
                        aboutKind: "booking",
                        aboutID: noShow.reference
                    ),
                    now: now,
                    on: database
                )
            }
            try await store.transaction { try await $0.raw("UPDATE notifications SET status = 'sent' WHERE id = \(bind: notice)").run() }

            let beforeSession = now  // the session is a week later: nothing has passed
            #expect(try await retention.due(.bookingNotAttended, before: beforeSession, limit: 10).isEmpty)
            let later = now.addingTimeInterval(30 * 86_400)
            #expect(try await retention.due(.bookingNotAttended, before: later, limit: 10) == [noShow.reference])
            #expect(try await retention.due(.register, before: later, limit: 10) == [came.reference])
            #expect(try await retention.due(.closedCase, before: later, limit: 10) == [asked.reference])
            #expect(try await retention.due(.closedComplaint, before: later, limit: 10).isEmpty)
            #expect(try await retention.due(.notice, before: later, limit: 10) == [notice])

            #expect(try await retention.apply(.bookingNotAttended, [noShow.reference], now: later) == 1)
            #expect(try await retention.apply(.closedCase, [asked.reference], now: later) == 1)
            #expect(try await retention.apply(.notice, [notice], now: later) == 1)
            let erased = try #require(try await bookings.find(reference: noShow.reference, tokenHash: nil))
            #expect(erased.name == ErasedData.name && erased.phone.isEmpty && erased.status == noShow.status, "the row and its status stay")
            #expect(try await bookings.find(reference: came.reference, tokenHash: nil)?.name == came.name, "the register is not due")
            let question = try #require(try await questions.find(reference: asked.reference))
            #expect(question.status == .published && !question.text.contains("0912345678"))
            #expect(try await questions.citizen(reference: asked.reference, viewer: "u", now: later)?.name == nil)
            #expect(try await retention.due(.bookingNotAttended, before: later, limit: 10).isEmpty, "never chosen again")
            #expect(try await retention.due(.closedCase, before: later, limit: 10).isEmpty)
            #expect(try await retention.due(.notice, before: later, limit: 10).isEmpty)
            #expect(try await questions.search("0912345678").isEmpty, "nor found by what was erased")
        },
    ]
}
