import Foundation
import SQLKit
import Testing
import TiepDanCore

@testable import TiepDanStore

extension StoreScenarios {
    /// Staff accounts with their grants in organisations, on both engines.
    static let accounts: [StoreScenario] = [
        StoreScenario(name: "an account's grants, name and title come back with it, and oversight reaches the children") {
            (store: any Store) async throws in
            try await store.transaction { database in
                for (id, parent) in [("tinh", nil), ("xa-a", "tinh"), ("xa-b", "tinh"), ("xa-khac", "tinh-khac")] as [(String, String?)] {
                    try await database.raw(
                        """
                        INSERT INTO organisations (id, name, level, parent_id, time_zone, updated_at)
                        VALUES (\(bind: id), \(bind: id), 'commune', \(bind: parent), 'Asia/Ho_Chi_Minh', 0)
                        """
                    ).run()
                }
            }
            let users = UserRepository(store: store)
            let grants = [
                OrganisationGrant(organisationID: "tinh", roles: [.leader], overseesChildren: true),
                OrganisationGrant(organisationID: "xa-a", roles: [.officer], departmentID: "xa-a.dia-chinh"),
            ]
            let created = try await users.create(
                username: "thanh.tra",
                passwordHash: "h",
                fullName: "Lê Văn Bình",
                title: "Chánh Thanh tra tỉnh",
                grants: grants,
                mustChangePassword: true,
                actor: "cli"
            )
            let found = try #require(try await users.credentials(username: "thanh.tra"))
            #expect(found.user == created)
            #expect(found.user.grants == grants)
            #expect(found.user.fullName == "Lê Văn Bình" && found.user.mustChangePassword)
            let sessions = StaffSessionRepository(store: store)
            try await sessions.open(tokenHash: "t", csrfToken: "c", user: created, lifetime: 3600)
            let resolved = try #require(try await sessions.resolve(tokenHash: "t")).user
            #expect(resolved.overseen == ["xa-a", "xa-b"])
            #expect(resolved.canRead("xa-b") && !resolved.canRead("xa-khac"))
            #expect(resolved.roles(in: "xa-b").isEmpty, "oversight reads, it does not act")
            #expect(resolved.roles(in: "xa-a") == [.officer] && resolved.department(in: "xa-a") == "xa-a.dia-chinh")
            #expect(resolved.readableOrganisations == ["tinh", "xa-a", "xa-b"])
        },
        StoreScenario(name: "a session knows whether its organisations require a second factor and whether one is enrolled") {
            (store: any Store) async throws in
            try await store.transaction { database in
                for (id, roles) in [("xa-a", "officer,secretariat"), ("xa-b", "")] {
                    try await database.raw(
                        """
                        INSERT INTO organisations (id, name, level, time_zone, updated_at, second_factor_roles)
                        VALUES (\(bind: id), \(bind: id), 'commune', 'Asia/Ho_Chi_Minh', 0, \(bind: roles))
                        """
                    ).run()
                }
            }
            let users = UserRepository(store: store)
            let sessions = StaffSessionRepository(store: store)
            let clerk = try await users.create(
                username: "thu.ky",
                passwordHash: "h",
                grants: [OrganisationGrant(organisationID: "xa-a", roles: [.secretariat])],
                actor: "cli"
            )
            let leader = try await users.create(
                username: "lanh.dao",
                passwordHash: "h",
                grants: [
                    OrganisationGrant(organisationID: "xa-a", roles: [.leader]), OrganisationGrant(organisationID: "xa-b", roles: [.secretariat]),
                ],
                actor: "cli"
            )
            try await sessions.open(tokenHash: "clerk", csrfToken: "c", user: clerk, lifetime: 3600)
            try await sessions.open(tokenHash: "leader", csrfToken: "c", user: leader, lifetime: 3600)
            var resolved = try #require(try await sessions.resolve(tokenHash: "clerk")).user
            #expect(resolved.secondFactorRequired && !resolved.hasSecondFactor && resolved.mustEnrolSecondFactor)
            #expect(try #require(try await sessions.resolve(tokenHash: "leader")).user.secondFactorRequired == false)
            try await users.beginSecondFactor(userID: clerk.id, sealedSecret: "sealed")
            try await users.confirmSecondFactor(userID: clerk.id, step: 1, recoveryHashes: ["r1"])
            resolved = try #require(try await sessions.resolve(tokenHash: "clerk")).user
            #expect(resolved.hasSecondFactor && !resolved.mustEnrolSecondFactor)
            try await users.removeSecondFactor(userID: clerk.id, actor: "u-admin", endingSessions: true)
            #expect(try await sessions.resolve(tokenHash: "clerk") == nil, "turned off by an administrator: the sessions end")
            #expect(try await users.secondFactor(userID: clerk.id).secret == nil)
            #expect(try await users.useRecoveryCode(userID: clerk.id, hash: "r1") == false, "the recovery codes go with it")
            let trail = try await store.read { try await AuditLog.trail(kind: "user", id: clerk.id, on: $0) }.map { ($0.actor, $0.action) }
            #expect(trail.contains { $0 == ("u-admin", "second_factor_remove") })
        },
        StoreScenario(name: "a password set ends the account's other sessions; disabling ends them all; each is audited") {
            (store: any Store) async throws in
            let users = UserRepository(store: store)
            let user = try await users.create(username: "thu.ky", passwordHash: "old", roles: [.secretariat], actor: "cli")
            let sessions = StaffSessionRepository(store: store)
            for token in ["here", "elsewhere"] { try await sessions.open(tokenHash: token, csrfToken: "c", user: user, lifetime: 3600) }
            try await users.setPassword(userID: user.id, passwordHash: "new", mustChange: false, keepingSession: "here", actor: user.id)
            #expect(try await sessions.resolve(tokenHash: "here") != nil)
            #expect(try await sessions.resolve(tokenHash: "elsewhere") == nil)
            #expect(try await users.passwordHash(userID: user.id) == "new")
            try await users.setPassword(userID: user.id, passwordHash: "reset", mustChange: true, actor: "u-admin")
            #expect(try await sessions.resolve(tokenHash: "here") == nil, "a reset ends every session")
            #expect(try await users.find(username: "thu.ky")?.user.mustChangePassword == true)
            try await sessions.open(tokenHash: "again", csrfToken: "c", user: user, lifetime: 3600)
            try await users.setDisabled(userID: user.id, true, actor: "u-admin")
            #expect(try await sessions.resolve(tokenHash: "again") == nil)
            #expect(try await users.credentials(username: "thu.ky") == nil)
            #expect(try await users.find(username: "thu.ky")?.disabledAt != nil)
            try await users.setDisabled(userID: user.id, false, actor: "u-admin")
            #expect(try await users.credentials(username: "thu.ky") != nil)
            await #expect(throws: StoreError.notFound("user u-none")) {
                try await users.setDisabled(userID: "u-none", true, actor: "u-admin")
            }
            let trail = try await store.read { try await AuditLog.trail(kind: "user", id: user.id, on: $0) }.filter { $0.action != "login" }
            #expect(trail.map(\.action) == ["create", "password_change", "password_reset", "disable", "enable"])
            #expect(trail.map(\.actor) == ["cli", user.id, "u-admin", "u-admin", "u-admin"])
        },
        StoreScenario(name: "a session left idle for thirty minutes ends; used, it lives until its twelve hours") {
            (store: any Store) async throws in
            let user = try await UserRepository(store: store).create(username: "thu.ky", passwordHash: "h", roles: [.secretariat], actor: "cli")
            let sessions = StaffSessionRepository(store: store)
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            func at(_ minutes: Double) -> Date { start.addingTimeInterval(minutes * 60) }
            try await sessions.open(tokenHash: "busy", csrfToken: "c", user: user, lifetime: 12 * 3600, now: start)
            try await sessions.open(tokenHash: "idle", csrfToken: "c", user: user, lifetime: 12 * 3600, now: start)
            for minute in stride(from: 25.0, through: 700, by: 25) {
                #expect(try await sessions.resolve(tokenHash: "busy", now: at(minute)) != nil, "used every 25 minutes, at \(minute)")
            }
            #expect(try await sessions.resolve(tokenHash: "busy", now: at(721)) == nil, "twelve hours at most")
            #expect(try await sessions.resolve(tokenHash: "idle", now: at(29)) != nil)
            #expect(try await sessions.resolve(tokenHash: "idle", now: at(29 + 31)) == nil, "thirty minutes idle")
        },
        StoreScenario(name: "accounts from before organisation scope keep their reach: admins administer, others work everywhere") {
            (store: any Store) async throws in
            // As migration 9 found them: roles on the account, no grants.
            try await store.transaction { database in
                try await database.raw("DELETE FROM staff_grants").run()
                for (id, roles, department) in [("u-a", "admin", nil), ("u-s", "admin,secretariat", nil), ("u-o", "officer", "x.dia-chinh")] {
                    try await database.raw(
                        """
                        INSERT INTO users (id, username, password_hash, roles, department_id, created_at)
                        VALUES (\(bind: id), \(bind: id), 'h', \(bind: roles), \(bind: department), 0)
                        """
                    ).run()
                }
                let migration = Migrations.organisationScope.statements.suffix(2)
                for statement in migration { try await database.raw(SQLQueryString(statement.sql(for: store.engine))).run() }
            }
            let accounts = Dictionary(uniqueKeysWithValues: try await UserRepository(store: store).list().map { ($0.user.id, $0.user) })
            #expect(accounts["u-a"]?.isSystemAdmin == true && accounts["u-a"]?.grants == [])
            #expect(accounts["u-s"]?.isSystemAdmin == true)
            #expect(accounts["u-s"]?.grants == [OrganisationGrant(organisationID: "*", roles: [.secretariat])])
            #expect(accounts["u-o"]?.grants == [OrganisationGrant(organisationID: "*", roles: [.officer], departmentID: "x.dia-chinh")])
            #expect(accounts["u-o"]?.roles(in: "any-commune") == [.officer])
        },
    ]
}
