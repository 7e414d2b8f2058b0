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
            #expect(try await questions.published(organisationID: "xa-thu", limit: 10, before: nil).map(\.0.reference) == [record.reference])
            let later = now.addingTimeInterval(3600)
            let after = try await consents.withdraw(.publish, from: .question(record.reference), channel: "web", by: "citizen", now: later)
            #expect(after.first { $0.purpose == .publish }?.withdrawnAt == later)
            #expect(after.first { $0.purpose == .messages }?.inForce == true, "the other consents stand")
            #expect(try await questions.find(reference: record.reference)?.publishConsent == false)
            #expect(try await questions.published(organisationID: "xa-thu", limit: 10, before: nil).isEmpty, "gone from the public list")
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
        }
    ]
}
