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

    static func days(_ isos: [String]) -> Set<CivilDate> { Set(isos.map { CivilDate(iso: $0)! }) }

    @Test("a weekly minimum counts the weeks whose Monday falls in the month; a monthly one its days; quarters add up")
    func required() {
        let days = [
            "x.chu-tich": ReceptionDays(held: Self.days(["2026-03-05", "2026-03-12", "2026-04-02"])),
            "x.bi-thu": ReceptionDays(held: Self.days(["2026-03-04", "2026-03-18", "2026-03-25"])),
        ]
        let report = ComplianceReport(minimums: Self.minimums)
        let today = CivilDate(iso: "2026-12-31")!
        let months = report.rows(leaders: [Self.chairman, Self.secretary, Self.clerk], year: 2026, granularity: .month, days: days, today: today)
        let march = months.filter { $0.period == "2026-03" }
        // March 2026 has five Mondays (2, 9, 16, 23, 30); February four.
        #expect(march.map(\.required) == [5, 2, nil])
        #expect(march.map(\.held) == [2, 3, 0])
        #expect(march.map(\.share) == [40, 100, nil], "share caps at 100%")
        #expect(march.map(\.status) == [.short, .met, .met], "no minimum is never short")
        #expect(months.first { $0.leaderID == "x.chu-tich" && $0.period == "2026-02" }?.required == 4)
        let quarters = report.rows(leaders: [Self.chairman], year: 2026, granularity: .quarter, days: days, today: today)
        #expect(quarters.map(\.period) == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"])
        // Q1 2026: Mondays in January (5, 12, 19, 26), February (4) and March (5).
        #expect(quarters[0].required == 13 && quarters[0].held == 2)
        #expect(quarters[1].held == 1)
    }

    @Test("on a day in the year: ended periods met or short, the current one in progress, later ones ahead with nothing missed")
    func asOfToday() {
        // Wednesday 18 March 2026. The chairman held 2 and 9 March; 16 March was planned and not recorded; 18 March (today)
        // is planned and still under way; 25 March is ahead.
        let days = [
            "x.chu-tich": ReceptionDays(
                planned: Self.days(["2026-02-02", "2026-02-09", "2026-03-02", "2026-03-09", "2026-03-16", "2026-03-18", "2026-03-25"]),
                held: Self.days(["2026-02-02", "2026-02-09", "2026-03-02", "2026-03-09"])
            )
        ]
        let report = ComplianceReport(minimums: Self.minimums)
        let rows = report.rows(leaders: [Self.chairman], year: 2026, granularity: .month, days: days, today: CivilDate(iso: "2026-03-18")!)
        let february = rows[1]
        #expect(february.status == .short && february.held == 2 && february.unrecorded == 0 && february.missed == 2)
        #expect(february.share == 50)
        let march = rows[2]
        #expect(march.status == .inProgress && march.planned == 5 && march.held == 2 && march.unrecorded == 1)
        #expect(march.missed == nil && march.share == nil, "a period under way is never a shortfall")
        #expect(rows[3...].allSatisfy { $0.status == .ahead && $0.held == 0 && $0.missed == nil && $0.share == nil })
        // A held day marked in advance does not count before it comes.
        let early = ["x.chu-tich": ReceptionDays(held: Self.days(["2026-03-25"]))]
        #expect(
            report.rows(leaders: [Self.chairman], year: 2026, granularity: .month, days: early, today: CivilDate(iso: "2026-03-18")!)[2].held == 0
        )
    }

    @Test(
        "the shipped rules judge a commune chairman's June 2026 by the weekly day and July by two days a month; a deputy's day is shown apart, never counted"
    )
    func lawOfJuly2026() throws {
        let (minimums, problems) = ReceptionMinimum.load(directory: ScheduleFileTests.repositorySchedules)
        #expect(problems.isEmpty, "\(problems)")
        // June 2026 has five Mondays (1, 8, 15, 22, 29). The chairman held 4 June and 11 June; on 18 June and 2 July the
        // deputy received in the chairman's place; 16 July the chairman received.
        let days = [
            "x.chu-tich": ReceptionDays(
                planned: Self.days(["2026-06-04", "2026-06-11", "2026-06-18", "2026-07-02", "2026-07-16"]),
                held: Self.days(["2026-06-04", "2026-06-11", "2026-07-16"]),
                delegated: Self.days(["2026-06-18", "2026-07-02"])
            )
        ]
        let rows = ComplianceReport(minimums: minimums)
            .rows(leaders: [Self.chairman], year: 2026, granularity: .month, days: days, today: CivilDate(iso: "2026-11-30")!)
        let june = try #require(rows.first { $0.period == "2026-06" })
        let july = try #require(rows.first { $0.period == "2026-07" })
        #expect(june.required == 5 && june.held == 2 && june.delegated == 1 && june.unrecorded == 0 && june.missed == 3)
        #expect(june.status == .short && june.basis?.contains("2013") == true && june.basis?.contains("136/2025") == false)
        #expect(july.required == 2 && july.held == 1 && july.delegated == 1 && july.unrecorded == 0 && july.missed == 1)
        #expect(july.status == .short && july.basis?.contains("136/2025/QH15") == true)
        // Had the chairman received on 2 July, July would be met: two days a month.
        var own = days["x.chu-tich"]!
        own.delegated.remove(CivilDate(iso: "2026-07-02")!)
        own.held.insert(CivilDate(iso: "2026-07-02")!)
        let met = ComplianceReport(minimums: minimums)
            .rows(leaders: [Self.chairman], year: 2026, granularity: .month, days: ["x.chu-tich": own], today: CivilDate(iso: "2026-11-30")!)
        #expect(met.first { $0.period == "2026-07" }?.status == .met)
    }
}
