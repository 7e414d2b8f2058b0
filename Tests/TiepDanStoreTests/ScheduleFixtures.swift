import Foundation
import TiepDanCore

/// A small organisation and its sessions, for store scenarios.
enum ScheduleFixtures {
    static let schedule = OrganisationSchedule(
        file: "xa-thu.yaml",
        organisation: Organisation(id: "xa-thu", name: "UBND xã Thử", level: "commune", parentID: nil, timeZone: "Asia/Ho_Chi_Minh"),
        places: [Place(id: "phong", name: "Phòng tiếp dân", capacity: 1)],
        departments: [Department(id: "dia-chinh", name: "Địa chính")],
        leaders: [Leader(id: "chu-tich", name: "Nguyễn Văn A", title: "Chủ tịch", role: "commune_chairman", since: nil, organisationID: "xa-thu")],
        rules: [],
        exceptions: []
    )

    /// Weekly-looking sessions `days` days after `now`.
    static func planned(days: [Int], now: Date) -> [PlannedSession] {
        days.map { offset in
            let start = now.addingTimeInterval(Double(offset) * 86_400)
            return PlannedSession(
                id: "xa-thu.thu-5.\(offset)",
                ruleID: "thu-5",
                organisationID: "xa-thu",
                kind: .reception,
                title: "Tiếp công dân",
                leaderIDs: ["chu-tich"],
                placeID: "phong",
                location: "Phòng tiếp dân",
                startsAt: start,
                endsAt: start.addingTimeInterval(4 * 3600),
                status: .scheduled,
                movedFrom: nil,
                reason: nil,
                topics: ["đất đai"],
                slotMinutes: 30,
                slotCapacity: 1,
                questionsCloseAt: nil
            )
        }
    }
}
