import Foundation
import Logging
import Testing
import TiepDanCore
import TiepDanStore

@testable import TiepDanOffice

/// Finding a lost booking or question again: a wrong reference and a wrong phone number cost the same work.
@Suite("Citizen lookup")
struct CitizenLookupTests {
    @Test("a wrong reference and a wrong phone run the same statements and answer the same; the right pair reissues the link")
    func sameShape() async throws {
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tiepdan-lookup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let real = try await StoreOpener.open(.sqlite(path: directory.appendingPathComponent("t.sqlite").path), for: .serve, logger: logger)
        let schedules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schedules").path
        _ = try await ScheduleSynchronizer(store: real).run(directory: schedules)
        let store = StatementRecordingStore(real)
        let bookings = BookingRepository(store: store)
        // From three days out: the next session closes its bookings an hour before it starts, whenever the test runs.
        var query = SessionQuery(from: Date().addingTimeInterval(3 * 86_400), to: Date().addingTimeInterval(60 * 86_400))
        query.organisationID = "xa-tan-thanh"
        query.kind = .reception
        let session = try #require(try await ScheduleRepository(store: store).sessions(query).first { $0.status == .scheduled })
        let booked = try await bookings.book(
            NewBooking(
                sessionID: session.id,
                slotID: nil,
                name: "Trần Thị Bình",
                phone: "0912 345 678",
                phoneKey: "0912345678",
                email: nil,
                idNumber: nil,
                address: nil,
                subject: "Ranh giới đất",
                summary: "",
                groupSize: 1,
                representatives: [],
                waitlist: false,
                channel: "web",
                createdBy: "citizen",
                tokenHash: "old"
            ),
            now: Date(),
            closesBefore: 3600
        )
        let lookup = CitizenLookup(
            bookings: bookings,
            questions: QuestionRepository(store: store),
            tokens: AccessTokens(store: store),
            seal: try IdentitySeal(key: Data(repeating: 7, count: 32))
        )
        _ = store.take()
        let wrongPhone = try await lookup.reopen(reference: booked.reference, contact: "0912 000 000")
        let wrongPhoneWork = store.take()
        let wrongReference = try await lookup.reopen(reference: "TD-2026-999999", contact: "0912 345 678")
        let wrongReferenceWork = store.take()
        #expect(wrongPhone == nil && wrongReference == nil)
        #expect(wrongPhoneWork == wrongReferenceWork, "the same statements whichever was wrong")
        #expect(wrongPhoneWork.count >= 2, "both the bookings and the questions are read")
        let found = try #require(try await lookup.reopen(reference: booked.reference, contact: "+84 912 345 678"))
        #expect(found.path == "/bookings/\(booked.reference)" && !found.token.isEmpty)
        #expect(try await bookings.find(reference: booked.reference, tokenHash: "old") == nil, "the lost link ends")
        #expect(try await bookings.find(reference: booked.reference, tokenHash: SessionToken.hash(found.token)) != nil)
        try await store.close()
    }
}
