import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The web shell: languages, the login form with its CSRF protection, the dashboard.
@Suite("Pages")
struct PagesTests {
    @Test("the home page is Vietnamese first, English on request")
    func languages() async throws {
        try await TestApp.run { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains(#"<html lang="vi">"#))
                #expect(response.text.contains("Tiếp công dân và đối thoại với Nhân dân"))
            }
            try await client.execute(uri: "/?lang=en", method: .get) { response in
                #expect(response.text.contains(#"<html lang="en">"#))
                #expect(response.text.contains("Citizen reception and dialogue"))
                #expect(response.headers[.setCookie]?.contains("lang=en") == true)
            }
            try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: "en-GB,en;q=0.9,vi;q=0.5"]) { response in
                #expect(response.text.contains(#"<html lang="en">"#))
            }
            try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: "fr, vi;q=0.8, en;q=0.7"]) { response in
                #expect(response.text.contains(#"<html lang="vi">"#))
            }
            try await client.execute(uri: "/", method: .get, headers: [.cookie: "lang=en"]) { response in
                #expect(response.text.contains(#"<html lang="en">"#))
            }
        }
    }

    @Test("the login form signs in with its CSRF token and reaches the dashboard")
    func browserLogin() async throws {
        try await TestApp.run { client in
            let (csrfCookie, csrf) = try await client.execute(uri: "/staff", method: .get) { response in
                #expect(response.status == .ok)
                let cookie = try #require(Self.cookie("td_csrf", in: response))
                return (cookie, try #require(Self.hiddenField("_csrf", in: response.text)))
            }
            #expect(csrfCookie == csrf)
            // Without the token the post is refused and nothing is signed in.
            try await client.execute(
                uri: "/staff/login",
                method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "username=thu.ky&password=\(TestApp.password)")
            ) { response in
                #expect(response.status == .forbidden)
                #expect(Self.cookie("td_session", in: response) == nil)
            }
            let session = try await client.execute(
                uri: "/staff/login",
                method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "td_csrf=\(csrfCookie)"],
                body: ByteBuffer(string: "_csrf=\(csrf)&username=thu.ky&password=\(TestApp.password)")
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/staff")
                #expect(response.headers[.setCookie]?.contains("HttpOnly") == true)
                return try #require(Self.cookie("td_session", in: response))
            }
            let sessionCSRF = try await client.execute(uri: "/staff", method: .get, headers: [.cookie: "td_session=\(session)"]) { response in
                #expect(response.text.contains(#"id="signed-in-user">thu.ky<"#))
                #expect(response.headers[.cacheControl] == "private, no-store")
                return try #require(Self.hiddenField("_csrf", in: response.text))
            }
            // A cookie-authenticated API write needs the header token too.
            try await client.execute(uri: "/api/v1/auth/logout", method: .post, headers: [.cookie: "td_session=\(session)"]) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(
                uri: "/staff/logout",
                method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "td_session=\(session)"],
                body: ByteBuffer(string: "_csrf=\(sessionCSRF)")
            ) { response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: "/staff", method: .get, headers: [.cookie: "td_session=\(session)"]) { response in
                #expect(response.text.contains(#"name="password""#))
            }
        }
    }

    @Test("a wrong password re-shows the form with an error summary, the name escaped")
    func loginErrors() async throws {
        try await TestApp.run { client in
            let csrf = try await client.execute(uri: "/staff", method: .get) { try #require(Self.cookie("td_csrf", in: $0)) }
            let hostile = "<script>alert(1)</script>"
            let encoded = hostile.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            try await client.execute(
                uri: "/staff/login",
                method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "td_csrf=\(csrf)"],
                body: ByteBuffer(string: "_csrf=\(csrf)&username=\(encoded)&password=sai")
            ) { response in
                #expect(response.status == .unauthorized)
                #expect(response.text.contains("Tên đăng nhập hoặc mật khẩu không đúng"))
                #expect(response.text.contains(#"class="error-summary""#))
                #expect(!response.text.contains(hostile))
                #expect(response.text.contains("&lt;script&gt;"))
            }
            try await client.execute(
                uri: "/staff/login?lang=en",
                method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "td_csrf=\(csrf)"],
                body: ByteBuffer(string: "_csrf=\(csrf)&username=&password=")
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("Enter your user name"))
                #expect(response.text.contains("Enter your password"))
            }
        }
    }

    @Test("the dashboard sends a browser without a sign-in to the login form")
    func dashboardNeedsLogin() async throws {
        try await TestApp.run { client in
            try await client.execute(uri: "/staff", method: .get, headers: [.cookie: "td_session=forged"]) { response in
                #expect(response.text.contains(#"action="/staff/login""#))
            }
        }
    }

    static func cookie(_ name: String, in response: TestResponse) -> String? {
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";").first ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.first.map(String.init) == name, parts.count == 2, !parts[1].isEmpty { return String(parts[1]) }
        }
        return nil
    }

    static func hiddenField(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: #"name="\#(name)" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}
