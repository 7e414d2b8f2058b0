import Foundation
import Testing

@testable import TiepDanCore

/// Reception days required by the legal minimum against days held.
@Suite("Compliance report")
struct ComplianceReportTests {
    static let minimums = [
        ReceptionMinimum(
            role: "commune_chairman",
            days: 1,
            period: .week,
            basis: "Luật Tiếp công dân 2013",
            from: CivilDate(iso: "2014-07-01")!,
            to: nil
        ),
        ReceptionMinimum(
            role: "commune_party_secretary",
            days: 2,
            period: .month,
            basis: "Quy định 11",
            from: CivilDate(iso: "2019-02-18")!,
            to: nil
        ),
    ]
    static let chairman = Leader(
        id: "x.chu-tich",
        name: "Nguyễn Văn An",
        title: "Chủ tịch",
        role: "commune_chairman",
        since: nil,
        organisationID: "x"
    )
    static let secretary = Leader(
        id: "x.bi-thu",
        name: "Võ Thị Mai",
        title: "Bí thư",
        role: "commune_party_secretary",
        since: nil,
        organisationID: "x"
    )
    static let clerk = Leader(id: "x.pho", name: "Lê Văn Ba", title: "Phó Chủ tịch", role: nil, since: nil, organisationID: "x")

    @Test("a weekly minimum counts the weeks whose Monday falls in the month; a monthly one its days; quarters add up")
    func required() {
        let held: [String: Set<CivilDate>] = [
            "x.chu-tich": [CivilDate(iso: "2026-03-05")!, CivilDate(iso: "2026-03-12")!, CivilDate(iso: "2026-04-02")!],
            "x.bi-thu": [CivilDate(iso: "2026-03-04")!, CivilDate(iso: "2026-03-18")!, CivilDate(iso: "2026-03-25")!],
        ]
        let report = ComplianceReport(minimums: Self.minimums)
        let months = report.rows(leaders: [Self.chairman, Self.secretary, Self.clerk], year: 2026, granularity: .month, heldDays: held)
        let march = months.filter { $0.period == "2026-03" }
        // March 2026 has five Mondays (2, 9, 16, 23, 30); February four.
        #expect(march.map(\.required) == [5, 2, nil])
        #expect(march.map(\.held) == [2, 3, 0])
        #expect(march.map(\.share) == [40, 100, nil], "share caps at 100%")
        #expect(months.first { $0.leaderID == "x.chu-tich" && $0.period == "2026-02" }?.required == 4)
        let quarters = report.rows(leaders: [Self.chairman], year: 2026, granularity: .quarter, heldDays: held)
        #expect(quarters.map(\.period) == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"])
        // Q1 2026: Mondays in January (5, 12, 19, 26), February (4) and March (5).
        #expect(quarters[0].required == 13 && quarters[0].held == 2)
        #expect(quarters[1].held == 1)
    }
}
