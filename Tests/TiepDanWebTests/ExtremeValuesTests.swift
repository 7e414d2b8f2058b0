import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TiepDanCore

@testable import TiepDanWeb

/// Every route of the route table, sent the extreme values of each number it reads (its query parameters, the
/// integer properties of its JSON body, the numeric fields of the pages' forms): none crashes the process and none
/// answers 5xx; a number out of bounds is a 4xx naming its field.
@Suite("Extreme values")
struct ExtremeValuesTests {
    /// Numbers at and past the edges of 64-bit arithmetic, and texts that only look like numbers.
    static let texts = [
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "99999999999999999999999", "-1", "0",
        "1e309", "NaN", "0x10", "+5", "٣",
    ]
    nonisolated(unsafe) static let jsonNumbers: [Any] = [Int64.max, Int64.min, -1, 0, 1e300, -1e300, Decimal(string: "9223372036854775808")!]

    @Test("no route crashes or answers 5xx on extreme numbers")
    func everyRoute() async throws {
        try await TestApp.run(publicWritesPerMinute: 100_000) { client, store in
            try await OrganisationScopeTests.account("ca.xa-tan-thanh", roles: [.secretariat, .leader, .officer], in: "xa-tan-thanh", store: store)
            let commune = try await OrganisationScopeTests.commune("xa-tan-thanh", client: client)
            let admin = try await client.token("admin")
            let document = try await client.execute(uri: "/openapi.json", method: .get) { $0.json }
            let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
            let formFields = try Self.numericFormFields()
            var (routes, requests, parameters) = (0, 0, Set<String>())
            for (path, methods) in paths.sorted(by: { $0.key < $1.key }) {
                for (name, operation) in methods.sorted(by: { $0.key < $1.key }) {
                    let method = try #require(HTTPRequest.Method(name.uppercased()))
                    // Signing out would end the session the sweep uses; a password change only checks text.
                    guard !path.hasSuffix("/logout"), !path.hasSuffix("/password") else { continue }
                    let uri = Self.uri(path, commune: commune)
                    let query =
                        (operation["parameters"] as? [[String: Any]])?.compactMap {
                            $0["in"] as? String == "query" ? $0["name"] as? String : nil
                        } ?? []
                    let schema = ((operation["requestBody"] as? [String: Any])?["content"] as? [String: Any])
                        .flatMap { ($0["application/json"] as? [String: Any])?["schema"] as? [String: Any] }
                    let properties = schema?["properties"] as? [String: [String: Any]] ?? [:]
                    let numbers = properties.filter { ["integer", "number"].contains($0.value["type"] as? String) }.keys.sorted()
                    let isForm = method == .post && (path.hasPrefix("/staff") || path.hasPrefix("/book") || path.hasPrefix("/questions"))
                    var sends: [(uri: String, body: ByteBuffer?, contentType: String)] = []
                    for parameter in query {
                        for text in Self.texts {
                            let extra = parameter == "organisation" ? "" : "&organisation=xa-tan-thanh"
                            let encoded = text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
                            sends.append(("\(uri)?\(parameter)=\(encoded)\(extra)", nil, "application/json"))
                        }
                        parameters.insert("\(parameter) (query)")
                    }
                    if let schema {
                        for property in numbers {
                            for value in Self.jsonNumbers {
                                var body = OrganisationScopeTests.sample(schema) as? [String: Any] ?? [:]
                                if body["organisation_id"] != nil { body["organisation_id"] = commune.organisation }
                                body[property] = value
                                sends.append((uri, ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body)), "application/json"))
                            }
                            parameters.insert("\(property) (JSON)")
                        }
                    }
                    if isForm {
                        for text in Self.texts {
                            let form = formFields.map { "\($0)=\(text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text)" }
                            sends.append((uri, ByteBuffer(string: form.joined(separator: "&")), "application/x-www-form-urlencoded"))
                        }
                    }
                    guard !sends.isEmpty else { continue }
                    routes += 1
                    for send in sends {
                        let response = try await client.execute(
                            uri: send.uri,
                            method: method,
                            headers: [.authorization: "Bearer \(admin)", .contentType: send.contentType],
                            body: send.body
                        )
                        requests += 1
                        #expect(response.status.code < 500, "\(name.uppercased()) \(send.uri): \(response.status.code) \(response.text.prefix(300))")
                    }
                }
            }
            #expect(routes > 50)
            print(
                "extreme values: \(routes) routes, \(requests) requests, numbers read: \(parameters.sorted().joined(separator: ", ")); "
                    + "form fields: \(formFields.joined(separator: ", "))"
            )
        }
    }

    /// The path with each parameter replaced by an object of the commune of its kind (or a name that matches none).
    static func uri(_ path: String, commune: OrganisationScopeTests.Commune) -> String {
        var uri = path
        for parameter in OpenAPIDocument.pathParameters(path) {
            let value: String? =
                switch parameter {
                case "action": "answer"
                case "reference" where path.contains("/bookings/"): commune.objects["booking"]
                case "reference": commune.objects["question"]
                case "organisation_id", "organisation": commune.organisation
                case "username": "thu.ky"
                case _ where path.contains("/commitments/"): commune.objects["commitment"]
                case _ where path.contains("/minutes/"): commune.objects["minutes"]
                case _ where path.contains("/programmes/") || path.contains("/broadcast") || path.contains("/rundown"): commune.objects["programme"]
                case _ where path.contains("/sessions/"): commune.objects["session"]
                default: nil
                }
            uri = uri.replacingOccurrences(of: "{\(parameter)}", with: value ?? "khong-co")
        }
        return uri
    }

    /// The names of the pages' numeric inputs (`inputmode="numeric"`), read from the templates.
    static func numericFormFields() throws -> [String] {
        let directory = URL(fileURLWithPath: TestApp.templatesDirectory).appendingPathComponent("web")
        var names: Set<String> = []
        for case let file as URL in FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)!
        where file.pathExtension == "mustache" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for input in text.matches(of: /<input[^>]*inputmode="numeric"[^>]*>/) {
                if let name = input.output.firstMatch(of: /name="([a-z_]+)"/) { names.insert(String(name.output.1)) }
            }
        }
        return names.sorted()
    }
}
