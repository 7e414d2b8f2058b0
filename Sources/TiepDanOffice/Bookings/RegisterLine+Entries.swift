public import Foundation
public import TiepDanCore
public import TiepDanStore

extension RegisterLine {
    /// The register's lines for `entries`, numbered in order, leader ids written as names.
    public static func lines(_ entries: [RegisterEntry], zone: TimeZone, schedules: ScheduleRepository) async throws -> [RegisterLine] {
        var names: [String: String] = [:]
        for id in Set(entries.flatMap(\.receivedBy)) {
            names[id] = try await schedules.leader(id: id).map { "\($0.title) \($0.name)" }
        }
        let clock = ZoneClock(zone)
        return entries.enumerated().map { index, entry in
            let booking = entry.booking
            let day = clock.day(of: booking.checkedInAt ?? booking.createdAt)
            var people = booking.category?.registerLabel ?? "Chưa phân loại"
            people += booking.groupSize > 1 ? ", đoàn \(booking.groupSize) người" : ", 1 người"
            if !booking.representatives.isEmpty { people += " (đại diện: \(booking.representatives.joined(separator: ", ")))" }
            var handling = booking.outcome?.registerLabel ?? "Chưa ghi kết quả"
            if let detail = booking.outcomeDetail { handling += ": " + detail }
            let content = booking.summary.isEmpty ? booking.subject : booking.subject + ". " + booking.summary
            let receivers = entry.receivedBy.map { names[$0] ?? $0 }.joined(separator: ", ")
            return RegisterLine(
                number: index + 1,
                date: DocumentDate.short(day),
                nameAndAddress: [booking.name, booking.address].compactMap { $0 }.joined(separator: ", "),
                idNumber: booking.idNumber ?? "",
                content: content,
                categoryAndPeople: people,
                handledBefore: booking.handledBefore ?? "",
                handling: handling,
                followUp: booking.outcome == .accepted ? "Theo dõi giải quyết" : "",
                notes: "Người tiếp: \(receivers); mã \(booking.reference)",
                reference: booking.reference
            )
        }
    }
}
