import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Bearer sign-in, role checks, logout and rate limits, through the real router.
@Suite("Staff authentication")
struct StaffAuthTests {
    @Test("login returns a token that identifies the user")
    func login() async throws {
        try await TestApp.run { client in
            let token = try await client.token("thu.ky")
            try await client.send(.get, "/api/v1/auth/me", token: token) { response in
                #expect(response.status == .ok)
                #expect(response.json["username"] as? String == "thu.ky")
                #expect(response.json["roles"] as? [String] == ["secretariat"])
            }
        }
    }

    @Test("no login is 401 with a Bearer challenge; a forged token is the same")
    func unauthenticated() async throws {
        try await TestApp.run { client in
            for headers: HTTPFields in [[:], [.authorization: "Bearer 0123456789abcdef"], [.authorization: "Basic YWRtaW4="]] {
                try await client.execute(uri: "/api/v1/auth/me", method: .get, headers: headers) { response in
                    #expect(response.status == .unauthorized)
                    #expect(response.headers[.wwwAuthenticate] == "Bearer")
                    #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                }
            }
        }
    }

    @Test("a wrong role is 403, the right one passes")
    func roles() async throws {
        try await TestApp.run { client in
            let secretariat = try await client.token("thu.ky")
            let admin = try await client.token("admin")
            try await client.send(.get, "/api/v1/audit?entity=user:x", token: secretariat) { response in
                #expect(response.status == .forbidden)
            }
            try await client.send(.get, "/api/v1/audit?entity=user:x", token: admin) { response in
                #expect(response.status == .ok)
                #expect(response.json["items"] as? [Any] != nil)
                #expect(response.json.keys.contains("next_cursor"))
            }
        }
    }

    @Test("wrong password is 401 naming no account; each login is audited")
    func wrongPassword() async throws {
        try await TestApp.run { client in
            for username in ["thu.ky", "ai-do"] {
                try await client.execute(
                    uri: "/api/v1/auth/login",
                    method: .post,
                    headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: #"{"username":"\#(username)","password":"sai"}"#)
                ) { response in
                    #expect(response.status == .unauthorized)
                    #expect(response.json["detail"] as? String == "wrong user name or password")
                }
            }
            let admin = try await client.token("admin")
            let me = try await client.send(.get, "/api/v1/auth/me", token: admin) {
                $0.json["id"] as? String ?? ""
            }
            try await client.send(.get, "/api/v1/audit?entity=user:\(me)", token: admin) { response in
                let items = response.json["items"] as? [[String: Any]] ?? []
                #expect(items.map { $0["action"] as? String } == ["create", "login"])
                #expect((items.first?["at"] as? String)?.hasSuffix("+07:00") == true)
            }
        }
    }

    @Test("audit entity and limit are validated")
    func auditValidation() async throws {
        try await TestApp.run { client in
            let admin = try await client.token("admin")
            for (query, field) in [
                ("", "entity"), ("?entity=nocolon", "entity"), ("?entity=user:x&limit=501", "limit"),
                ("?entity=user:x&limit=abc", "limit"), ("?entity=user:x&cursor=-4", "cursor"),
            ] {
                try await client.send(.get, "/api/v1/audit\(query)", token: admin) { response in
                    #expect(response.status == .unprocessableContent)
                    #expect((response.json["errors"] as? [[String: String]])?.first?["field"] == field)
                }
            }
        }
    }

    @Test("logout ends the token")
    func logout() async throws {
        try await TestApp.run { client in
            let token = try await client.token("thu.ky")
            try await client.execute(uri: "/api/v1/auth/logout", method: .post, headers: [.authorization: "Bearer \(token)"]) { response in
                #expect(response.status == .noContent)
            }
            try await client.send(.get, "/api/v1/auth/me", token: token) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test("failed logins are rate limited per address with Retry-After")
    func rateLimitPerAddress() async throws {
        try await TestApp.run(loginAttemptsPerMinute: 5) { client in
            var statuses: [Int] = []
            for attempt in 0..<7 {
                try await client.execute(
                    uri: "/api/v1/auth/login",
                    method: .post,
                    headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: #"{"username":"user\#(attempt)","password":"sai"}"#)
                ) { response in
                    statuses.append(response.status.code)
                    if response.status == .tooManyRequests {
                        #expect(Int(response.headers[.retryAfter] ?? "") ?? 0 >= 1)
                    }
                }
            }
            #expect(statuses == [401, 401, 401, 401, 401, 429, 429])
        }
    }

    @Test("repeated failures slow one user name from that address, even with the right password")
    func rateLimitPerUsername() async throws {
        try await TestApp.run { client in
            for _ in 0..<5 {
                try await client.execute(
                    uri: "/api/v1/auth/login",
                    method: .post,
                    headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: #"{"username":"thu.ky","password":"sai"}"#)
                ) { #expect($0.status == .unauthorized) }
            }
            await #expect(throws: TestAppError.self) { _ = try await client.token("thu.ky") }
            _ = try await client.token("admin")
        }
    }
}
