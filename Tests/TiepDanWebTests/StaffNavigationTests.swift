import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TiepDanCore

@testable import TiepDanWeb

/// The staff navigation on every staff page, by role, and the start page's counts.
@Suite("Staff navigation and dashboard")
struct StaffNavigationTests {
    @Test("each place is shown to exactly the roles its page lets in")
    func placesMatchTheirRoutes() async throws {
        try await TestApp.run { client in
            let document = try await client.execute(uri: "/openapi.json", method: .get) { $0.json }
            let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
            for place in StaffNavigation.places {
                let get = try #require(paths[place.path]?["get"], "\(place.path) is a page")
                let described = (get["description"] as? String)?.split(separator: ": ").last?.split(separator: ", ").map(String.init) ?? []
                let roles = Set(described.compactMap(StaffRole.init(rawValue:)))
                // A public page refuses no one; a staff page must let in exactly those it is shown to.
                guard !roles.isEmpty else { continue }
                let shownTo = place.roles.isEmpty ? Set(StaffRole.allCases) : place.roles
                #expect(roles == shownTo, "\(place.path): the page lets in \(roles), the navigation shows it to \(shownTo)")
            }
        }
    }

    @Test("an officer is offered only what an officer may open; the secretariat sees its counts, each linking to its list")
    func byRole() async throws {
        try await TestApp.run { client in
            let officer = try await client.token("can.bo")
            try await client.send(.get, "/staff/questions", token: officer) { page in
                #expect(page.status == .ok)
                let nav = try #require(page.text.firstRange(of: #"id="staff-nav""#).map { String(page.text[$0.lowerBound...].prefix(2000)) })
                #expect(nav.contains(#"href="/staff/questions" aria-current="page""#))
                #expect(nav.contains("/staff/commitments") && nav.contains("/staff/account"))
                #expect(!nav.contains("/staff/register") && !nav.contains("/staff/bulletins") && !nav.contains("/staff/accounts\""))
            }
            _ = try await DocumentAPITests.approved(client, "Đường liên ấp 3 bị sạt lở sau mưa, khi nào sửa?", phone: "0911 222 333")
            let answered = try await DocumentAPITests.answered(client, "Cầu ấp 4 xuống cấp, khi nào sửa chữa?", phone: "0911 222 334")
            let clerk = try await client.token("thu.ky")
            try await client.send(.get, "/staff", token: clerk) { page in
                #expect(page.text.contains("/staff/register") && page.text.contains("/staff/bulletins"))
                #expect(page.text.contains(">Báo cáo</a>"), "the reports, for a clerk of every commune from the list of organisations")
                #expect(page.text.contains(#"<strong id="count-awaiting">1</strong>"#), "one answer (\(answered)) awaits approval")
                #expect(page.text.contains(#"<strong id="count-overdue">0</strong>"#))
            }
            try await client.send(.get, "/staff/register", token: clerk) { page in
                #expect(page.status == .ok, "the navigation's link opens the register of the clerk's first organisation, not a 422")
            }
            try await client.send(.get, "/staff/questions?status=answered", token: clerk) { page in
                #expect(page.text.contains(answered), "the count's link lists what it counted")
            }
        }
    }
}
