import Foundation
import Testing
import TiepDanCore
import TiepDanOffice

@testable import TiepDanStore

/// Who may read, answer and see the sender of a question, and what the public may ever see.
@Suite("Question access")
struct QuestionAccessTests {
    static func question(_ category: CaseCategory, department: String?, consent: Bool = true) -> QuestionRecord {
        QuestionRecord(
            reference: "Q-2026-000001",
            organisationID: "xa-tan-thanh",
            sessionID: nil,
            category: category,
            channel: "web",
            subject: "Đường ngập",
            text: "Đường ấp 3 ngập sau mưa",
            status: .assigned,
            mergedInto: nil,
            departmentID: department,
            dueDate: CivilDate(2026, 12, 10),
            extensions: 0,
            supporters: 0,
            publishConsent: consent,
            showUnmasked: false,
            answer: nil,
            publishedAt: nil,
            rating: nil,
            ratingComment: nil,
            createdAt: Date(timeIntervalSince1970: 0),
            updatedAt: Date(timeIntervalSince1970: 0)
        )
    }

    static func staff(_ roles: Set<StaffRole>, department: String? = nil) -> StaffUser {
        StaffUser(id: "u-\(roles.map(\.rawValue).sorted().joined())", username: "user", roles: roles, departmentID: department)
    }

    @Test("officers read and answer their own department's questions only; secretariat and leaders read all")
    func reading() {
        let roads = Self.question(.question, department: "giao-thong")
        let officer = Self.staff([.officer], department: "giao-thong")
        let other = Self.staff([.officer], department: "dia-chinh")
        #expect(QuestionAccess.canRead(roads, staff: officer))
        #expect(!QuestionAccess.canRead(roads, staff: other))
        #expect(QuestionAccess.canAnswer(roads, staff: officer))
        #expect(!QuestionAccess.canAnswer(roads, staff: other))
        #expect(QuestionAccess.canRead(roads, staff: Self.staff([.secretariat])))
        #expect(!QuestionAccess.canAnswer(roads, staff: Self.staff([.secretariat])))
        #expect(QuestionAccess.canAnswer(roads, staff: Self.staff([.leader])))
        #expect(!QuestionAccess.canRead(Self.question(.question, department: nil), staff: Self.staff([.officer], department: nil)))
    }

    @Test("a denouncer's identity is for the assigned department's officers and admins, not the secretariat or leaders")
    func denouncer() {
        let denunciation = Self.question(.denunciation, department: "thanh-tra")
        #expect(QuestionAccess.canSeeSubmitter(denunciation, staff: Self.staff([.officer], department: "thanh-tra")))
        #expect(QuestionAccess.canSeeSubmitter(denunciation, staff: Self.staff([.admin])))
        #expect(!QuestionAccess.canSeeSubmitter(denunciation, staff: Self.staff([.secretariat])))
        #expect(!QuestionAccess.canSeeSubmitter(denunciation, staff: Self.staff([.leader])))
        #expect(!QuestionAccess.canSeeSubmitter(denunciation, staff: Self.staff([.officer], department: "giao-thong")))
        #expect(QuestionAccess.canSeeSubmitter(Self.question(.petition, department: "giao-thong"), staff: Self.staff([.secretariat])))
    }

    @Test("the public sees an answer only with the asker's consent, and never a denunciation's or information's")
    func publicVisibility() {
        #expect(Self.question(.question, department: nil, consent: true).mayBePublic)
        #expect(!Self.question(.question, department: nil, consent: false).mayBePublic)
        #expect(!Self.question(.denunciation, department: nil, consent: true).mayBePublic)
        #expect(!Self.question(.information, department: nil, consent: true).mayBePublic)
        for category in CaseCategory.allCases where category != .denunciation && category != .information {
            #expect(PublicVisibility.allows(category, consent: true))
        }
    }

}
