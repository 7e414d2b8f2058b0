import Foundation
import Testing
import TiepDanCore

@testable import TiepDanStore

extension StoreScenarios {
    static let privacyLists: [StoreScenario] = [
        StoreScenario(name: "privacy requests and breaches page through every row, ties on the sort key included") {
            (store: any Store) async throws in
            _ = try await BookingFixtures.session(in: store)
            let now = BookingFixtures.now
            let requests = PrivacyRequestRepository(store: store)
            // 130 requests, due on three days only: most share their due date with dozens of others.
            var filed: [PrivacyRequestRecord] = []
            for index in 0..<130 {
                let due = CivilDate(year: 2027, month: 1, day: 10 + index % 3)!
                filed.append(
                    try await requests.file(
                        NewPrivacyRequest(
                            organisationID: "xa-thu",
                            kind: .access,
                            subject: .question("Q-2026-\(String(format: "%06d", index))"),
                            detail: nil,
                            channel: "web",
                            filedBy: "citizen",
                            acknowledgeBy: CivilDate(year: 2027, month: 1, day: 5)!,
                            dueDate: due
                        ),
                        now: now
                    )
                )
            }
            var seen: [String] = []
            var after: (dueDate: String, id: String)? = nil
            while true {
                let page = try await requests.list(organisations: ["xa-thu"], all: true, after: after, limit: 50)
                seen += page.map(\.id)
                guard page.count == 50, let last = page.last else { break }
                after = (last.dueDate.description, last.id)
            }
            let expected = filed.sorted { ($0.dueDate.description, $0.id) < ($1.dueDate.description, $1.id) }.map(\.id)
            #expect(seen == expected, "every request once, soonest due first")
            #expect(try await requests.list(organisations: ["xa-khac"], all: true, limit: 50).isEmpty)

            let breaches = BreachRepository(store: store)
            var recorded: [BreachRecord] = []
            for index in 0..<120 {
                // Discovered in four distinct seconds: thirty breaches share each.
                let discovered = now.addingTimeInterval(-Double(index % 4) * 3600)
                recorded.append(
                    try await breaches.record(
                        NewBreach(
                            organisationID: "xa-thu",
                            discoveredAt: discovered,
                            description: "Lộ danh sách \(index)",
                            dataKinds: "Họ tên",
                            peopleAffected: index,
                            consequences: nil,
                            measures: nil,
                            recordedBy: "admin"
                        ),
                        now: now
                    )
                )
            }
            var register: [String] = []
            var cursor: (discoveredAt: Int64, id: String)? = nil
            while true {
                let page = try await breaches.list(after: cursor, limit: 50)
                register += page.map(\.id)
                guard page.count == 50, let last = page.last else { break }
                cursor = (Int64(last.discoveredAt.timeIntervalSince1970), last.id)
            }
            let newestFirst = recorded.sorted { ($0.discoveredAt, $0.id) > ($1.discoveredAt, $1.id) }.map(\.id)
            #expect(register == newestFirst, "every breach once, newest discovery first")
        }
    ]
}
