import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import TiepDanCore
import TiepDanOffice
import TiepDanPublish
import TiepDanStore
import TiepDanTestSupport
import TiepDanWeb

/// The real application on a fresh database (SQLite unless a test asks for PostgreSQL), with the repository's own templates and these
/// staff accounts: `admin`, `thu.ky` (secretariat), `lanh.dao` (leader), and the officers `can.bo` (Địa chính)
/// and `can.bo.khac` (Văn hóa - Xã hội) of Tân Thành, password `dung-mat-khau`; the clerk is Phạm Thị Thu, Công chức
/// Văn phòng - Thống kê, as documents name her.
struct TestApp {
    static let password = "dung-mat-khau"
    static var templatesDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("templates").path
    }

    static var schedulesDirectory: String {
        URL(fileURLWithPath: templatesDirectory).deletingLastPathComponent().appendingPathComponent("schedules").path
    }

    /// Runs `test` against the real application on a fresh SQLite file.
    static func run(
        loginAttemptsPerMinute: Int = 100,
        publicWritesPerMinute: Int = 10,
        _ test: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        try await run(loginAttemptsPerMinute: loginAttemptsPerMinute, publicWritesPerMinute: publicWritesPerMinute) { client, _ in
            try await test(client)
        }
    }

    /// The services of a test application over `store`, with the shipped schedules' calendar and rules, and rate
    /// limits that do not refill during a test, however slow the machine.
    static func services(
        store: any Store,
        templates: TemplateSet,
        localization: Localization,
        hasher: PasswordHasher,
        loginAttemptsPerMinute: Int = 100,
        publicWritesPerMinute: Int = 10,
        now: Date? = nil,
        clock: MovableClock? = nil
    ) async throws -> AppServices {
        let set = ScheduleSet.load(directory: schedulesDirectory)
        return try await AppServices(
            store: store,
            templates: templates,
            localization: localization,
            hasher: hasher,
            loginAttemptsPerMinute: loginAttemptsPerMinute,
            publicWritesPerMinute: publicWritesPerMinute,
            holidays: set.holidays,
            deadlines: DeadlineRules.load(directory: schedulesDirectory).rules,
            seal: try IdentitySeal(key: Data(repeating: 7, count: 32)),
            surveyForms: SurveyForm.load(directory: templatesDirectory + "/surveys").forms,
            reporting: ReportingRule.load(directory: schedulesDirectory).rule,
            minimums: ReceptionMinimum.load(directory: schedulesDirectory).minimums,
            retention: RetentionRule.load(directory: schedulesDirectory).rules,
            limitsClock: { [started = ContinuousClock.now] in started },
            now: { clock?.now ?? now ?? Date() }
        )
    }

    /// As `run`, handing the test the store too, for what no endpoint may do (move a session into the past); `now`
    /// holds the office's clock at that instant; `engine` is SQLite unless a test asks for PostgreSQL too.
    static func run(
        engine: DatabaseEngine = .sqlite,
        loginAttemptsPerMinute: Int = 100,
        publicWritesPerMinute: Int = 10,
        now: Date? = nil,
        clock: MovableClock? = nil,
        _ test: @Sendable (any TestClientProtocol, any Store) async throws -> Void
    ) async throws {
        try await TestDatabase.with(engine) { store, _ in
            try await prepare(store)
            let app = try await application(
                store,
                loginAttemptsPerMinute: loginAttemptsPerMinute,
                publicWritesPerMinute: publicWritesPerMinute,
                now: now,
                clock: clock
            )
            try await app.test(.router) { client in try await test(client, store) }
        }
    }

    /// The staff accounts and the shipped schedules, in a new database.
    static func prepare(_ store: any Store) async throws {
        let hasher = PasswordHasher(cost: 4)
        let users = UserRepository(store: store)
        _ = try await users.create(username: "admin", passwordHash: try await hasher.hash(password), roles: [.admin], actor: "test")
        _ = try await users.create(
            username: "thu.ky",
            passwordHash: try await hasher.hash(password),
            fullName: "Phạm Thị Thu",
            title: "Công chức Văn phòng - Thống kê",
            grants: [OrganisationGrant(organisationID: OrganisationGrant.everyOrganisation, roles: [.secretariat])],
            actor: "test"
        )
        _ = try await users.create(username: "lanh.dao", passwordHash: try await hasher.hash(password), roles: [.leader], actor: "test")
        _ = try await users.create(
            username: "can.bo",
            passwordHash: try await hasher.hash(password),
            roles: [.officer],
            departmentID: "xa-tan-thanh.dia-chinh",
            actor: "test"
        )
        _ = try await users.create(
            username: "can.bo.khac",
            passwordHash: try await hasher.hash(password),
            roles: [.officer],
            departmentID: "xa-tan-thanh.van-hoa-xa-hoi",
            actor: "test"
        )
        let synced = try await ScheduleSynchronizer(store: store).run(directory: schedulesDirectory)
        precondition(synced.report != nil, "the shipped schedules must sync: \(synced.problems)")
    }

    /// The real application over `store` (one instance: a test may build two over the same PostgreSQL database).
    static func application(
        _ store: any Store,
        loginAttemptsPerMinute: Int = 100,
        publicWritesPerMinute: Int = 10,
        now: Date? = nil,
        clock: MovableClock? = nil
    ) async throws -> some ApplicationProtocol {
        let (templates, localization) = try await AppServices.loadTemplates(from: templatesDirectory)
        let services = try await Self.services(
            store: store,
            templates: templates,
            localization: localization,
            hasher: PasswordHasher(cost: 4),
            loginAttemptsPerMinute: loginAttemptsPerMinute,
            publicWritesPerMinute: publicWritesPerMinute,
            now: now,
            clock: clock
        )
        return try buildApplication(services, logger: TestDatabase.logger)
    }
}

extension TestClientProtocol {
    /// Sends `body` as JSON (none with a GET) with the bearer token of a signed-in staff member: how the API tests make a staff call.
    @discardableResult func send(_ method: HTTPRequest.Method, _ uri: String, token: String, _ body: String = "{}") async throws -> TestResponse {
        try await send(method, uri, token: token, body) { $0 }
    }

    /// As `send`, handing the response to `test`.
    @discardableResult func send<Value>(
        _ method: HTTPRequest.Method,
        _ uri: String,
        token: String,
        _ body: String = "{}",
        _ test: @escaping (TestResponse) async throws -> Value
    ) async throws -> Value {
        var headers: HTTPFields = [.authorization: "Bearer \(token)"]
        if method != .get { headers[.contentType] = "application/json" }
        return try await execute(
            uri: uri,
            method: method,
            headers: headers,
            body: method == .get ? nil : ByteBuffer(string: body),
            testCallback: test
        )
    }

    /// Signs in through the API and returns the bearer token.
    func token(_ username: String, password: String = TestApp.password) async throws -> String {
        try await execute(
            uri: "/api/v1/auth/login",
            method: .post,
            headers: [.contentType: "application/json"],
            body: ByteBuffer(string: #"{"username":"\#(username)","password":"\#(password)"}"#)
        ) { response in
            let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
            guard let token = object?["token"] as? String else { throw TestAppError.noToken(response.status.code) }
            return token
        }
    }
}

enum TestAppError: Error {
    case noToken(Int)
}

extension TestResponse {
    /// The body parsed as a JSON object.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any]) ?? [:]
    }

    /// The body as text.
    var text: String { String(buffer: body) }
}
