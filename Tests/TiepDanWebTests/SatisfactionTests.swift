import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing
import TiepDanCore

@testable import TiepDanStore
@testable import TiepDanWeb

/// The satisfaction figures, one function for the API, the page and the Excel file: each figure equal to one computed
/// here from the answers; a group of fewer than five answers shows its count and no mean nor percentage; no comment
/// anywhere.
@Suite("Satisfaction figures")
struct SatisfactionTests {
    /// Answers kept as citizens would leave them: `count` visits received by the chairman in `period`, then
    /// `count` questions answered by the land department.
    static func answers(_ store: any Store, visits: [[Int]], questions: [[Int]], period: String) async throws {
        let surveys = SurveyRepository(store: store)
        for (kind, sets, leader, department) in [
            ("visit", visits, "xa-tan-thanh.chu-tich" as String?, nil as String?),
            ("question", questions, nil, "xa-tan-thanh.dia-chinh"),
        ] {
            for (index, points) in sets.enumerated() {
                let contact = "\(kind):\(period)-\(index)"
                try await store.transaction { database in
                    try await SurveyRepository.invite(
                        contact: contact,
                        organisationID: "xa-tan-thanh",
                        leaderID: leader,
                        departmentID: department,
                        channel: kind == "visit" ? "walk_in" : "web",
                        now: Date(),
                        on: database
                    )
                }
                let scores = Dictionary(uniqueKeysWithValues: zip(["access", "procedure", "officials", "result", "feedback", "overall"], points))
                let answer = SurveyAnswer(
                    organisationID: "xa-tan-thanh",
                    leaderID: leader,
                    departmentID: department,
                    channel: kind == "visit" ? "walk_in" : "web",
                    contactKind: kind,
                    period: period,
                    version: "2026.1",
                    scores: scores,
                    comment: "Bí mật góp ý \(index)",
                    assisted: false
                )
                #expect(try await surveys.answer(contact, answer))
            }
        }
    }

    @Test("every figure equals one computed from the answers; under five answers, a count and no percentage")
    func figures() async throws {
        try await TestApp.run { client, store in
            let visits = [
                [5, 4, 5, 4, 5], [4, 4, 4, 4, 4], [2, 3, 1, 2, 2], [5, 5, 5, 5, 5], [3, 3, 4, 3, 3], [4, 5, 5, 4, 5], [1, 2, 2, 1, 1],
            ]
            .map { $0 + [$0.last!] }
            let questions = [[4, 4, 4, 4, 4, 5], [3, 3, 3, 3, 3, 2], [5, 5, 5, 5, 5, 5]]
            let month = String(ISO8601DateFormatter().string(from: Date()).prefix(7))
            try await Self.answers(store, visits: visits, questions: questions, period: month)
            let json = try await QuestionAPITests.get(client, "/api/v1/satisfaction?organisation=xa-tan-thanh").json
            #expect(json["responses"] as? Int == 10 && json["invited"] as? Int == 10 && json["response_rate"] as? Double == 1)

            // Independently: per question over all ten answers.
            let all = visits + questions
            let ids = ["access", "procedure", "officials", "result", "feedback", "overall"]
            let listed = try #require(json["questions"] as? [[String: Any]])
            #expect(listed.map { $0["id"] as? String } == ids)
            for (index, id) in ids.enumerated() {
                let points = all.map { $0[index] }
                let tally = try #require(listed.first { $0["id"] as? String == id }?["tally"] as? [String: Any])
                let mean = Double(points.reduce(0, +)) / Double(points.count)
                #expect(abs((tally["mean"] as? Double ?? -1) - mean) < 1e-9, "\(id)")
                #expect(tally["satisfied"] as? Double == Double(points.filter { $0 >= 4 }.count) / 10, "\(id)")
                #expect(tally["dissatisfied"] as? Double == Double(points.filter { $0 <= 2 }.count) / 10, "\(id)")
            }
            // By kind of contact: seven visits have figures; three questions only their count.
            let byContact = try #require(json["by_contact"] as? [[String: Any]])
            let visitTally = try #require(byContact.first { $0["key"] as? String == "visit" }?["tally"] as? [String: Any])
            #expect(abs((visitTally["mean"] as? Double ?? 0) - Double(visits.map { $0[5] }.reduce(0, +)) / 7) < 1e-9)
            let questionTally = try #require(byContact.first { $0["key"] as? String == "question" }?["tally"] as? [String: Any])
            #expect(questionTally["responses"] as? Int == 3 && questionTally["mean"] == nil && questionTally["satisfied"] == nil)
            #expect(!(try await QuestionAPITests.get(client, "/api/v1/satisfaction?organisation=xa-tan-thanh").text.contains("Bí mật")))

            let page = try await QuestionAPITests.get(client, "/organisations/xa-tan-thanh/satisfaction")
            #expect(page.status == .ok && !page.text.contains("Bí mật góp ý"), "no comment is published")
            let department = try #require(
                page.text.range(of: #"<table class="grid" id="by-department">[\s\S]*?</table>"#, options: .regularExpression)
            )
            let row = String(page.text[department])
            #expect(row.contains("Địa chính") && row.contains("Chưa đủ 5 phiếu") && !row.contains("%"), "\(row)")
            let leader = try #require(page.text.range(of: #"<table class="grid" id="by-leader">[\s\S]*?</table>"#, options: .regularExpression))
            #expect(page.text[leader].contains("Nguyễn Văn An") && page.text[leader].contains("%"))

            #expect(
                try await QuestionAPITests.get(client, "/api/v1/satisfaction?organisation=xa-tan-thanh&from=2026-13").status == .unprocessableContent
            )
            #expect(try await QuestionAPITests.get(client, "/api/v1/satisfaction?organisation=khong-co").status == .notFound)
            let xlsx = try await QuestionAPITests.get(client, "/organisations/xa-tan-thanh/satisfaction?format=xlsx")
            #expect(xlsx.status == .ok && xlsx.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        }
    }
}
