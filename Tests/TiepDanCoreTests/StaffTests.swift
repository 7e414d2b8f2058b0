import Foundation
import Testing
import TiepDanCore

@Suite("Staff and support values")
struct StaffTests {
    @Test("admin holds every role; others only their own")
    func roles() {
        let admin = StaffUser(id: "1", username: "admin", roles: [.admin])
        let officer = StaffUser(id: "2", username: "cb", roles: [.officer], departmentID: "dia-chinh")
        #expect(admin.hasAnyRole([.secretariat]))
        #expect(officer.hasAnyRole([.officer, .leader]))
        #expect(!officer.hasAnyRole([.secretariat]))
    }

    @Test(
        "user names",
        arguments: [
            ("thu.ky-01", true), ("ab", false), ("Admin", false), ("nguyễn", false), ("a b", false),
            (String(repeating: "a", count: 65), false),
        ]
    )
    func usernames(name: String, valid: Bool) {
        #expect((Username.problem(with: name) == nil) == valid)
    }

    @Test("documents name staff by full name and title, never by login name")
    func documentsNameStaffByFullName() {
        var clerk = StaffUser(id: "u1", username: "thuky", roles: [.secretariat])
        #expect(
            DocumentPerson(staff: clerk, title: "Cán bộ tiếp công dân") == DocumentPerson(name: DocumentPerson.blank, title: "Cán bộ tiếp công dân")
        )
        (clerk.fullName, clerk.title) = ("Nguyễn Thị Lan", "Chuyên viên Văn phòng")
        #expect(DocumentPerson(staff: clerk, title: "Cán bộ tiếp công dân") == DocumentPerson(name: "Nguyễn Thị Lan", title: "Chuyên viên Văn phòng"))
    }

    @Test("an organisation's second-factor policy binds the roles it names there, and only there")
    func secondFactorPolicy() {
        let policies: [String: Set<StaffRole>] = ["xa-a": [.secretariat, .officer], "xa-b": [.admin]]
        let clerk = StaffUser(id: "u1", username: "thuky", grants: [OrganisationGrant(organisationID: "xa-a", roles: [.secretariat])])
        let leader = StaffUser(id: "u2", username: "lanhdao", grants: [OrganisationGrant(organisationID: "xa-a", roles: [.leader])])
        let otherClerk = StaffUser(id: "u3", username: "thuky2", grants: [OrganisationGrant(organisationID: "xa-c", roles: [.secretariat])])
        let legacy = StaffUser(id: "u4", username: "cu", roles: [.officer], departmentID: "xa-a.dia-chinh")
        let systemAdmin = StaffUser(id: "u5", username: "admin", roles: [.admin])
        #expect(clerk.requiresSecondFactor(policies: policies))
        #expect(!leader.requiresSecondFactor(policies: policies))
        #expect(!otherClerk.requiresSecondFactor(policies: policies))
        #expect(legacy.requiresSecondFactor(policies: policies), "a grant of every organisation meets every policy")
        #expect(systemAdmin.requiresSecondFactor(policies: policies), "xa-b names admin")
        #expect(!systemAdmin.requiresSecondFactor(policies: ["xa-a": [.secretariat]]))
        var enrolled = clerk
        enrolled.secondFactorRequired = true
        #expect(enrolled.mustEnrolSecondFactor && enrolled.setupPending)
        enrolled.hasSecondFactor = true
        #expect(!enrolled.mustEnrolSecondFactor && !enrolled.setupPending)
    }

    @Test("instants print as RFC 3339 with the Vietnamese offset")
    func rfc3339() {
        let instant = Date(timeIntervalSince1970: 1_772_671_800)  // 2026-03-05T00:50:00Z
        #expect(RFC3339.string(instant) == "2026-03-05T07:50:00+07:00")
    }

    @Test("random tokens are hex of the asked length and do not repeat")
    func randomness() {
        let tokens = (0..<100).map { _ in SecureRandom.hex(bytes: 32) }
        #expect(Set(tokens).count == 100)
        #expect(tokens.allSatisfy { $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
        let password = SecureRandom.password()
        #expect(password.count == 16)
        #expect(!password.contains { "0O1lI".contains($0) })
    }
}
