import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Bad input of every kind gets problem+json with a 4xx naming the field, never a 500.
@Suite("HTTP basics")
struct HTTPBasicsTests {
    @Test("healthz answers ok when the database does")
    func health() async throws {
        try await TestApp.run { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text == #"{"status":"ok"}"#)
                #expect(response.headers[HTTPField.Name("X-Request-Id")!] != nil)
            }
        }
    }

    @Test("unknown routes are 404 problem+json")
    func unknownRoute() async throws {
        try await TestApp.run { client in
            for (uri, method) in [("/nothing-here", HTTPRequest.Method.get), ("/api/v1/nope", .post), ("/healthz", .delete)] {
                try await client.execute(uri: uri, method: method) { response in
                    #expect([404, 405].contains(response.status.code))
                    #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                    #expect(response.json["status"] as? Int == response.status.code)
                }
            }
        }
    }

    @Test("browsers get an error page in the page's language, inside the layout, with the way back; the English detail only in English")
    func htmlError() async throws {
        try await TestApp.run { client in
            try await client.execute(uri: "/nothing-here", method: .get, headers: [.accept: "text/html"]) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(response.text.contains(#"<h1 id="error-heading">Không tìm thấy trang</h1>"#))
                #expect(response.text.contains(#"<a class="brand" href="/">"#), "inside the site's layout")
                #expect(response.text.contains(#"<a href="/" id="error-back">"#), "a way back")
                #expect(!response.text.contains("nothing at GET"), "no English server wording on a Vietnamese page")
            }
            try await client.execute(
                uri: "/nothing-here?lang=en",
                method: .get,
                headers: [.accept: "text/html", .referer: "https://elsewhere.example/"]
            ) {
                #expect($0.text.contains("Page not found") && $0.text.contains("nothing at GET /nothing-here"))
                #expect($0.text.contains(#"<a href="/" id="error-back">"#), "never back to another site")
            }
        }
    }

    @Test(
        "malformed, mistyped, incomplete and oversized bodies name the problem",
        arguments: [
            (#"{"username": "admin", "password": "#, 400, "body"),
            (#"{"username": 12, "password": "x"}"#, 400, "username"),
            (#"{"username": "admin"}"#, 400, "password"),
            (#"{"username": null, "password": "x"}"#, 400, "username"),
            (#"[1, 2]"#, 400, "body"),
            ("", 400, "body"),
        ]
    )
    func badBodies(body: String, status: Int, field: String) async throws {
        try await TestApp.run { client in
            try await client.execute(
                uri: "/api/v1/auth/login",
                method: .post,
                headers: [.contentType: "application/json"],
                body: ByteBuffer(string: body)
            ) { response in
                #expect(response.status.code == status)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                let errors = response.json["errors"] as? [[String: String]]
                #expect(errors?.first?["field"] == field)
            }
        }
    }

    @Test("a 10 MB body is refused with 413")
    func hugeBody() async throws {
        try await TestApp.run { client in
            let huge = #"{"username":""# + String(repeating: "a", count: 10 * 1024 * 1024) + #"","password":"x"}"#
            try await client.execute(
                uri: "/api/v1/auth/login",
                method: .post,
                headers: [.contentType: "application/json"],
                body: ByteBuffer(string: huge)
            ) { response in
                #expect(response.status == .contentTooLarge)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            }
        }
    }

    @Test("a body that is not JSON is 415")
    func wrongMediaType() async throws {
        try await TestApp.run { client in
            try await client.execute(
                uri: "/api/v1/auth/login",
                method: .post,
                headers: [.contentType: "text/plain"],
                body: ByteBuffer(string: "username=admin")
            ) { response in
                #expect(response.status == .unsupportedMediaType)
                #expect((response.json["errors"] as? [[String: String]])?.first?["field"] == "body")
            }
        }
    }

    @Test("openapi.json is OpenAPI 3.1 and every documented route exists")
    func openAPI() async throws {
        try await TestApp.run { client in
            let paths = try await client.execute(uri: "/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.json["openapi"] as? String == "3.1.0")
                return try #require(response.json["paths"] as? [String: [String: Any]])
            }
            #expect(paths.keys.contains("/api/v1/auth/login"))
            for (path, methods) in paths {
                for method in methods.keys {
                    try await client.execute(
                        uri: path.replacingOccurrences(of: "{", with: "x").replacingOccurrences(of: "}", with: ""),
                        method: HTTPRequest.Method(rawValue: method.uppercased())!
                    ) { response in
                        let detail = response.json["detail"] as? String ?? ""
                        #expect(!detail.hasPrefix("nothing at "), "\(method) \(path) is documented but not routed")
                        #expect(response.status.code < 500, "\(method) \(path) answered \(response.status.code)")
                    }
                }
            }
        }
    }

    @Test("security headers are on every response")
    func securityHeaders() async throws {
        try await TestApp.run { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            }
        }
    }
}
