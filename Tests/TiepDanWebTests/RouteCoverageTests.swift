import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import TiepDanOffice
import TiepDanPublish
import TiepDanStore

@testable import TiepDanWeb

/// The router and `/openapi.json` describe the same routes, both ways.
@Suite("Routes and their description")
struct RouteCoverageTests {
    @Test("every route the router serves is in /openapi.json, and every operation there is served")
    func bothWays() async throws {
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tiepdan-routes-\(UUID().uuidString)")
        let store = try await StoreOpener.open(.sqlite(path: directory.appendingPathComponent("t.sqlite").path), for: .serve, logger: logger)
        defer { try? FileManager.default.removeItem(at: directory) }
        let (templates, localization) = try await AppServices.loadTemplates(from: TestApp.templatesDirectory)
        let services = try await TestApp.services(store: store, templates: templates, localization: localization, hasher: PasswordHasher(cost: 4))
        let router = try buildRouter(services)
        let served = Set(router.routes.filter { $0.method != .head }.map { RouteCoverage.key(method: $0.method.rawValue, path: $0.path.description) })
        let app = Application(router: router, logger: logger)
        let described = try await app.test(.router) { client in
            try await client.execute(uri: "/openapi.json", method: .get) { response -> Set<String> in
                let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                let paths = try #require(document["paths"] as? [String: [String: Any]])
                return Set(paths.flatMap { path, methods in methods.keys.map { RouteCoverage.key(method: $0, path: path) } })
            }
        }
        try await store.close()
        #expect(served.subtracting(described).sorted() == [], "served but not described")
        #expect(described.subtracting(served).sorted() == [], "described but not served")
        #expect(served.count > 80)
        print("routes and OpenAPI operations compared both ways: \(served.count) routes")
    }

    @Test("the roles /openapi.json describes are the roles each route enforces")
    func describedRolesAreEnforced() async throws {
        try await TestApp.run { client in
            let document = try await client.execute(uri: "/openapi.json", method: .get) { $0.json }
            let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
            let officer = try await client.token("can.bo")
            var checked = 0
            for (path, methods) in paths {
                // Any value will do for a parameter: the role check comes before the handler looks anything up.
                let uri = path.replacing(/\{[^}]+\}/, with: "x")
                for (name, operation) in methods {
                    guard operation["security"] != nil, let method = HTTPRequest.Method(name.uppercased()) else { continue }
                    let roles = try #require((operation["description"] as? String)?.split(separator: ": ").last)
                        .split(separator: ", ").map(String.init)
                    // Pages (the staff's forms live under /staff) send a browser without a sign-in to the sign-in form.
                    let isPage =
                        path.hasPrefix("/staff")
                        || (operation["responses"] as? [String: [String: Any]])?.values
                            .contains { ($0["content"] as? [String: Any])?["text/html"] != nil } == true
                    let body = ByteBuffer(string: "{}")
                    let anonymous = try await client.execute(uri: uri, method: method, headers: [.contentType: "application/json"], body: body) {
                        ($0.status.code, $0.headers[.location])
                    }
                    if isPage {
                        #expect(anonymous.0 == 303 && anonymous.1 == "/staff", "\(name) \(path) without a sign-in: \(anonymous)")
                    } else {
                        #expect(anonymous.0 == 401, "\(name) \(path) without a sign-in: \(anonymous.0)")
                    }
                    // Signing out would end the session the other checks use.
                    guard path != "/api/v1/auth/logout" else { continue }
                    let asOfficer = try await client.execute(
                        uri: uri,
                        method: method,
                        headers: [.contentType: "application/json", .authorization: "Bearer \(officer)"],
                        body: body
                    ) { $0.status.code }
                    if roles.contains("officer") {
                        #expect(asOfficer != 401 && asOfficer != 403 || path.contains("{"), "\(name) \(path) as an officer: \(asOfficer)")
                    } else {
                        #expect(asOfficer == 403, "\(name) \(path) as an officer, not among \(roles): \(asOfficer)")
                    }
                    checked += 1
                }
            }
            #expect(checked > 50)
            print("roles described and enforced compared on \(checked) staff operations")
        }
    }

    @Test("a route without its description, or a description without its route, is named")
    func mismatchesAreNamed() {
        let described = [
            OpenAPIOperation(method: "GET", path: "/api/v1/sessions/{id}", summary: "s", tag: "t"),
            OpenAPIOperation(method: "POST", path: "/api/v1/gone", summary: "g", tag: "t"),
        ]
        let found = RouteCoverage.mismatches(
            served: [
                ("GET", "/api/v1/sessions/{session}"), ("HEAD", "/api/v1/sessions/{id}"),
                ("PATCH", "/api/v1/minutes/{id}"),
            ],
            described: described
        )
        #expect(found.undescribed == ["PATCH /api/v1/minutes/{}"])
        #expect(found.unserved == ["POST /api/v1/gone"])
    }
}
