import Foundation
import TiepDanCore
import TiepDanStore

/// A session with one slot of three seats, a week after `now`, for booking scenarios.
enum BookingFixtures {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    static func session(in store: any Store, quiet: QuietHours? = nil) async throws -> String {
        var schedule = ScheduleFixtures.schedule
        schedule.quietHours = quiet
        var planned = ScheduleFixtures.planned(days: [7], now: now)
        planned[0].slotMinutes = 240
        planned[0].slotCapacity = 3
        _ = try await ScheduleRepository(store: store)
            .sync(schedules: [schedule], sessions: planned, now: now, horizon: now.addingTimeInterval(30 * 86_400))
        return planned[0].id
    }

    static func request(_ session: String, phone index: Int, waitlist: Bool = false, slot: String? = nil) -> NewBooking {
        let phone = String(format: "09%08d", index)
        return NewBooking(
            sessionID: session,
            slotID: slot,
            name: "Công dân \(index)",
            phone: phone,
            phoneKey: phone,
            email: nil,
            idNumber: nil,
            address: nil,
            subject: "Tranh chấp đất đai",
            summary: "",
            groupSize: 1,
            representatives: [],
            waitlist: waitlist,
            channel: "web",
            createdBy: "citizen",
            tokenHash: "token-\(index)"
        )
    }
}
