import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
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

    @Test("a route without its description, or a description without its route, is named")
    func mismatchesAreNamed() {
        let described = [OpenAPIOperation(method: "GET", path: "/api/v1/sessions/{id}", summary: "s", tag: "t"),
                         OpenAPIOperation(method: "POST", path: "/api/v1/gone", summary: "g", tag: "t")]
        let found = RouteCoverage.mismatches(served: [("GET", "/api/v1/sessions/{session}"), ("HEAD", "/api/v1/sessions/{id}"),
                                                      ("PATCH", "/api/v1/minutes/{id}")], described: described)
        #expect(found.undescribed == ["PATCH /api/v1/minutes/{}"])
        #expect(found.unserved == ["POST /api/v1/gone"])
    }
}
