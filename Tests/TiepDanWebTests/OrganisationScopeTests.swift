import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TiepDanCore
import TiepDanOffice
import TiepDanStore

@testable import TiepDanWeb

/// Every staff route, from the route table, against another commune's objects: an account of commune A is refused
/// (404 where it may not know, 403 where it may read but not act) and passes on its own commune's; an account
/// overseeing the province reads a commune's register and cannot change the commune's things.
@Suite("Organisation scope")
struct OrganisationScopeTests {
    /// One commune's account and an object of each kind there.
    struct Commune {
        let organisation: String
        var token = ""
        var objects: [String: String] = [:]
    }

    static let communes = ["xa-tan-thanh", "xa-lai-vung"]

    @Test("an account of commune A is refused on commune B's objects on every staff route, and passes on its own")
    func everyStaffRoute() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, store in
            var sides: [Commune] = []
            for organisation in Self.communes {
                try await Self.account("ca.\(organisation)", roles: [.secretariat, .leader, .officer], in: organisation, store: store)
                sides.append(try await Self.commune(organisation, client: client))
            }
            let (a, b) = (sides[0], sides[1])
            let document = try await client.execute(uri: "/openapi.json", method: .get) { $0.json }
            let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
            var covered = 0
            var unmatched: [String] = []
            for (path, methods) in paths.sorted(by: { $0.key < $1.key }) {
                for (name, operation) in methods.sorted(by: { $0.key < $1.key }) where operation["security"] != nil {
                    let method = try #require(HTTPRequest.Method(name.uppercased()))
                    // The breach register is the operator's, kept by system administrators for every office: not a commune's.
                    let systemWide = operation["description"] as? String == "Roles: admin" && path.contains("/breaches")
                    guard !systemWide, let onB = Self.request(path, operation, on: b), let onA = Self.request(path, operation, on: a) else {
                        unmatched.append("\(name.uppercased()) \(path)")
                        continue
                    }
                    let refused = try await client.execute(uri: onB.uri, method: method, headers: onB.headers(a.token), body: onB.body)
                    let organisationField = (refused.json["errors"] as? [[String: Any]])?.contains {
                        ["organisation", "organisation_id"].contains($0["field"] as? String)
                    }
                    #expect(
                        [.notFound, .forbidden].contains(refused.status) || (refused.status == .unprocessableContent && organisationField == true),
                        "\(name.uppercased()) \(onB.uri) by commune A: \(refused.status.code) \(refused.text.prefix(200))"
                    )
                    let allowed = try await client.execute(uri: onA.uri, method: method, headers: onA.headers(a.token), body: onA.body)
                    #expect(
                        ![.unauthorized, .forbidden, .notFound].contains(allowed.status),
                        "\(name.uppercased()) \(onA.uri) by its own commune: \(allowed.status.code) \(allowed.text.prefix(200))"
                    )
                    covered += 1
                }
            }
            #expect(covered > 40)
            print(
                "organisation scope: \(covered) staff routes refused on another commune's objects and passed on their own;"
                    + " not about one organisation's object: \(unmatched.joined(separator: ", "))"
            )
        }
    }

    @Test("a province account overseeing its communes reads a commune's register and day list but cannot change them")
    func oversight() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, store in
            try await Self.account("ca.xa-tan-thanh", roles: [.secretariat], in: "xa-tan-thanh", store: store)
            let commune = try await Self.commune("xa-tan-thanh", client: client)
            try await Self.account("tinh.giam.sat", roles: [.secretariat, .leader], in: "tinh-dong-thap", oversees: true, store: store)
            let province = try await client.token("tinh.giam.sat")
            let register = try await client.send(.get, "/api/v1/register?organisation=xa-tan-thanh", token: province)
            #expect(register.status == .ok, "\(register.text)")
            #expect(try await client.send(.get, "/staff/register?organisation=xa-tan-thanh", token: province).status == .ok)
            let session = try #require(commune.objects["session"])
            let dayList = try await client.send(.get, "/api/v1/sessions/\(session)/bookings", token: province)
            let booking = try #require(commune.objects["booking"])
            #expect(dayList.status == .ok && dayList.text.contains(booking))
            #expect(try await client.send(.post, "/api/v1/bookings/\(booking)/check-in", token: province).status == .forbidden)
            let cancel = try await client.send(.post, "/api/v1/sessions/\(session)/cancel", token: province, #"{"reason": "Thử quyền"}"#)
            #expect(cancel.status == .forbidden)
            let question = try #require(commune.objects["question"])
            #expect(try await client.send(.get, "/api/v1/questions/\(question)", token: province).status == .ok)
            let screen = try await client.send(.post, "/api/v1/questions/\(question)/screen", token: province, #"{"decision": "accept"}"#)
            #expect(screen.status == .forbidden)
            let other = try await client.send(.get, "/api/v1/register?organisation=tinh-khac", token: province)
            #expect(other.status == .unprocessableContent)
        }
    }

    @Test("lists and queues show only the account's organisations")
    func lists() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, store in
            var sides: [Commune] = []
            for organisation in Self.communes {
                try await Self.account("ca.\(organisation)", roles: [.secretariat, .leader], in: organisation, store: store)
                sides.append(try await Self.commune(organisation, client: client))
            }
            let (a, b) = (sides[0], sides[1])
            for uri in ["/api/v1/questions?limit=500", "/staff/questions", "/staff", "/staff/commitments"] {
                let text = try await client.send(.get, uri, token: a.token).text
                let (question, session) = (try #require(b.objects["question"]), try #require(b.objects["session"]))
                #expect(!text.contains(question) && !text.contains(session), "\(uri)")
            }
            let queue = try await client.send(.get, "/api/v1/questions?limit=500", token: a.token).text
            let own = try #require(a.objects["question"])
            #expect(queue.contains(own))
        }
    }

    @Test("an account of several organisations switches between them on its dashboard")
    func switcher() async throws {
        try await TestApp.run(publicWritesPerMinute: 100) { client, store in
            _ = try await UserRepository(store: store).create(
                username: "hai.xa",
                passwordHash: try await PasswordHasher(cost: 4).hash(TestApp.password),
                grants: Self.communes.map { OrganisationGrant(organisationID: $0, roles: [.secretariat]) },
                actor: "test"
            )
            let token = try await client.token("hai.xa")
            let both = try await client.send(.get, "/staff", token: token).text
            #expect(both.contains("organisation-switcher") && both.contains("Tân Thành") && both.contains("Lai Vung"))
            let one = try await client.send(.get, "/staff?organisation=xa-lai-vung", token: token).text
            #expect(one.contains("Lai Vung") && !one.contains("/staff/sessions/xa-tan-thanh"), "only the chosen organisation's sessions")
            #expect(try await client.send(.get, "/staff?organisation=tinh-dong-thap", token: token).status == .notFound)
            let single = try await client.token("thu.ky")
            #expect(!(try await client.send(.get, "/staff", token: single).text.contains("organisation-switcher")), "one organisation: no switcher")
        }
    }

    @Test("an organisation's administrator sees and changes only its organisation's accounts")
    func accountAdministration() async throws {
        try await TestApp.run { client, store in
            try await Self.account("qt.a", roles: [.admin], in: "xa-tan-thanh", store: store)
            try await Self.account("ca.a", roles: [.secretariat], in: "xa-tan-thanh", store: store)
            try await Self.account("ca.b", roles: [.secretariat], in: "xa-lai-vung", store: store)
            let admin = try await client.token("qt.a")
            let page = try await client.send(.get, "/staff/accounts", token: admin).text
            #expect(page.contains("account-ca.a") && !page.contains("account-ca.b") && !page.contains("account-thu.ky"))
            #expect(try await client.send(.post, "/staff/accounts/ca.b/reset", token: admin).status == .notFound)
            #expect(try await client.send(.post, "/staff/accounts/ca.b/disable", token: admin).status == .notFound)
            #expect(try await client.send(.post, "/staff/accounts/admin/disable", token: admin).status == .notFound, "not a system administrator")
            #expect(try await client.send(.post, "/staff/accounts/qt.a/disable", token: admin).status == .conflict, "not oneself")
            #expect(try await client.send(.post, "/staff/accounts/ca.a/disable", token: admin).status == .seeOther)
            func create(_ organisation: String) async throws -> TestResponse {
                try await client.execute(
                    uri: "/staff/accounts",
                    method: .post,
                    headers: [.authorization: "Bearer \(admin)", .contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: "username=moi.\(organisation)&organisation=\(organisation)&roles%5B%5D=secretariat")
                )
            }
            #expect(try await create("xa-lai-vung").status == .unprocessableContent)
            let created = try await create("xa-tan-thanh")
            #expect(created.status == .ok && created.text.contains("handover-password"))
            func grant(_ username: String, _ form: String) async throws -> HTTPResponse.Status {
                try await client.execute(
                    uri: "/staff/accounts/\(username)/grants",
                    method: .post,
                    headers: [.authorization: "Bearer \(admin)", .contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: form)
                ).status
            }
            #expect(try await grant("ca.a", "organisation=xa-tan-thanh&roles%5B%5D=leader&roles%5B%5D=officer&department=dia-chinh") == .seeOther)
            let changed = try #require(try await UserRepository(store: store).find(username: "ca.a")).user
            #expect(
                changed.grants == [
                    OrganisationGrant(organisationID: "xa-tan-thanh", roles: [.leader, .officer], departmentID: "xa-tan-thanh.dia-chinh")
                ]
            )
            #expect(try await grant("ca.a", "organisation=xa-lai-vung&roles%5B%5D=leader") == .unprocessableContent, "not its organisation")
            #expect(try await grant("ca.b", "organisation=xa-tan-thanh&roles%5B%5D=leader") == .notFound, "not its account")
            let clerk = try await client.token("thu.ky")
            #expect(try await client.send(.get, "/staff/accounts", token: clerk).status == .forbidden, "administrators only")
        }
    }

    // MARK: Fixtures

    /// Creates an account with `roles` in `organisation`, password `TestApp.password`.
    static func account(
        _ username: String,
        roles: Set<StaffRole>,
        in organisation: String,
        oversees: Bool = false,
        store: any Store
    ) async throws {
        _ = try await UserRepository(store: store).create(
            username: username,
            passwordHash: try await PasswordHasher(cost: 4).hash(TestApp.password),
            grants: [
                OrganisationGrant(
                    organisationID: organisation,
                    roles: roles,
                    departmentID: roles.contains(.officer) ? organisation + ".dia-chinh" : nil,
                    overseesChildren: oversees
                )
            ],
            actor: "test"
        )
    }

    /// The commune's account signed in, and a session, a programme, a booking, a question, a commitment and minutes there.
    static func commune(_ organisation: String, client: any TestClientProtocol) async throws -> Commune {
        var commune = Commune(organisation: organisation)
        commune.token = try await client.token("ca.\(organisation)")
        func first(_ kind: String) async throws -> String {
            let from = ISO8601DateFormatter().string(from: Date().addingTimeInterval(3 * 86_400))
            let to = ISO8601DateFormatter().string(from: Date().addingTimeInterval(150 * 86_400))
            let found = try await client.execute(
                uri: "/api/v1/sessions?organisation=\(organisation)&kind=\(kind)&from=\(from)&to=\(to)&limit=20",
                method: .get
            ) { $0.json["items"] as? [[String: Any]] ?? [] }
            return try #require(found.first { $0["status"] as? String == "scheduled" }?["id"] as? String, "\(kind) in \(organisation)")
        }
        commune.objects["session"] = try await first("reception")
        commune.objects["programme"] = try await first("radio")
        let booked = try await client.execute(
            uri: "/api/v1/bookings",
            method: .post,
            headers: [.contentType: "application/json"],
            body: BookingAPITests.body(commune.objects["session"]!, phone: organisation == "xa-tan-thanh" ? "0912 000 001" : "0912 000 002")
        )
        commune.objects["booking"] = try #require(booked.json["reference"] as? String, "\(booked.text)")
        let asked = try await QuestionAPITests.ask(client, "Đường vào ấp bị ngập sau mỗi trận mưa lớn", extra: ["organisation_id": organisation])
        commune.objects["question"] = try #require(asked.json["reference"] as? String, "\(asked.text)")
        let committed = try await CommitmentAPITests.create(
            client,
            token: commune.token,
            ["organisation_id": organisation, "owner": organisation + ".dia-chinh"]
        )
        commune.objects["commitment"] = try #require(committed.json["id"] as? String, "\(committed.text)")
        let drafted = try await client.send(.post, "/api/v1/sessions/\(commune.objects["session"]!)/minutes", token: commune.token)
        commune.objects["minutes"] = try #require(drafted.json["id"] as? String, "\(drafted.text)")
        return commune
    }

    /// A request of `operation` at `path` on the commune's object of the kind the path names, with a body its schema
    /// accepts; nil for a route about no one organisation's object.
    static func request(_ path: String, _ operation: [String: Any], on commune: Commune) -> ScopedRequest? {
        var uri = path
        for parameter in OpenAPIDocument.pathParameters(path) {
            // The staff question form posts each step to its own address; any step will do.
            if parameter == "action" {
                uri = uri.replacingOccurrences(of: "{action}", with: "answer")
                continue
            }
            let kind =
                switch parameter {
                case "reference" where path.contains("/bookings/"): "booking"
                case "reference": "question"
                case _ where path.contains("/commitments/"): "commitment"
                case _ where path.contains("/minutes/"): "minutes"
                case _ where path.contains("/programmes/") || path.contains("/broadcast") || path.contains("/rundown"): "programme"
                case _ where path.contains("/sessions/"): "session"
                default: ""
                }
            guard let id = commune.objects[kind] else { return nil }
            uri = uri.replacingOccurrences(of: "{\(parameter)}", with: id)
        }
        let query = (operation["parameters"] as? [[String: Any]])?.compactMap { $0["in"] as? String == "query" ? $0["name"] as? String : nil } ?? []
        let schema = ((operation["requestBody"] as? [String: Any])?["content"] as? [String: Any])
            .flatMap { ($0["application/json"] as? [String: Any])?["schema"] as? [String: Any] }
        var body = schema.map { sample($0) as? [String: Any] ?? [:] } ?? [:]
        let bodyNamesOrganisation = body["organisation_id"] != nil
        if bodyNamesOrganisation { body["organisation_id"] = commune.organisation }
        if query.contains("organisation") { uri += "?organisation=\(commune.organisation)" }
        guard uri != path || query.contains("organisation") || bodyNamesOrganisation else { return nil }
        let form = path.hasPrefix("/staff") || path.hasPrefix("/minutes")
        let encoded = try! JSONSerialization.data(withJSONObject: body)
        return ScopedRequest(uri: uri, body: form ? ByteBuffer(string: "note=x") : ByteBuffer(bytes: encoded), isForm: form)
    }

    /// A value a JSON Schema accepts: each required property, the first of an enum, dates in the future.
    static func sample(_ schema: [String: Any]) -> Any {
        if let values = schema["enum"] as? [Any], let first = values.first { return first }
        switch schema["type"] as? String {
        case "object":
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            var object: [String: Any] = [:]
            for name in schema["required"] as? [String] ?? [] { object[name] = sample(properties[name] ?? [:]) }
            return object
        case "array": return [sample(schema["items"] as? [String: Any] ?? [:])]
        case "integer": return (schema["minimum"] as? Int) ?? 1
        case "boolean": return true
        default:
            switch schema["format"] as? String {
            case "date": return "2099-06-30"
            case "date-time": return "2099-06-30T08:00:00+07:00"
            default: return "Nội dung thử"
            }
        }
    }

    /// One request of the sweep.
    struct ScopedRequest {
        let uri: String
        let body: ByteBuffer
        let isForm: Bool

        func headers(_ token: String) -> HTTPFields {
            [.authorization: "Bearer \(token)", .contentType: isForm ? "application/x-www-form-urlencoded" : "application/json"]
        }
    }
}
