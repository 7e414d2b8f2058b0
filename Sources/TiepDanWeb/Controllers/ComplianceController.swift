import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanPublish
import TiepDanStore

/// The reception compliance report of an organisation: for each leader and month or quarter,
/// the days the legal minimum requires against the days held, as a page with charts, as CSV
/// and as JSON. Public: it names public officials and counts their sessions, nothing more.
struct ComplianceController {
    let pages: PageRenderer
    let schedules: ScheduleRepository
    let minimums: [ReceptionMinimum]

    struct Query {
        let organisation: Organisation
        let year: Int
        let granularity: ComplianceReport.Granularity
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/api/v1/compliance",
                summary: "Reception days required versus held, per leader and period",
                tag: "commitments",
                query: [
                    ("organisation", "organisation id (required)"), ("year", "e.g. 2026; default this year"),
                    ("period", "month or quarter; default month"),
                ],
                responses: [200: "one row per leader and period", 404: "no such organisation"]
            ) { request, _ -> ListPage<ComplianceRow> in
                let query = try await parse(request, organisationID: request.uri.queryParameters.get("organisation"))
                return ListPage(items: try await rows(query), nextCursor: nil)
            },
            Endpoint(
                .get,
                "/organisations/{id}/compliance.csv",
                summary: "The compliance report as CSV",
                tag: "pages",
                query: [("year", "e.g. 2026"), ("period", "month or quarter")],
                produces: "text/csv"
            ) { request, context -> Response in
                let query = try await parse(request, organisationID: try context.parameters.require("id"))
                let table = CSVTable(
                    headings: ["Lãnh đạo", "Chức danh", "Kỳ", "Số ngày phải tiếp", "Số ngày đã tiếp", "Tỷ lệ (%)", "Căn cứ"],
                    rows: try await rows(query).map {
                        [
                            $0.leaderName, $0.role ?? "", $0.period, $0.required.map(String.init) ?? "", String($0.held),
                            $0.share.map(String.init) ?? "", $0.basis ?? "",
                        ]
                    }
                )
                return Response(
                    status: .ok,
                    headers: [
                        .contentType: "text/csv; charset=utf-8",
                        .contentDisposition: "attachment; filename=\"tiep-cong-dan-\(query.organisation.id)-\(query.year).csv\"",
                    ],
                    body: .init(byteBuffer: ByteBuffer(string: table.render()))
                )
            },
            Endpoint(
                .get,
                "/organisations/{id}/compliance",
                summary: "The compliance report with charts (HTML)",
                tag: "pages",
                query: [("year", "e.g. 2026"), ("period", "month or quarter")],
                produces: "text/html"
            ) { request, context -> Response in
                let query = try await parse(request, organisationID: try context.parameters.require("id"))
                let language = Language.of(request)
                let words = pages.localization
                let rows = try await rows(query)
                var leaders: [CompliancePage.Leader] = []
                // Each leader once, in the order the rows list them.
                let leaderIDs = rows.map(\.leaderID).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                for leaderID in leaderIDs {
                    let own = rows.filter { $0.leaderID == leaderID }
                    let chart = StackedBarChart(
                        title: words.word("compliance_chart_title", language) + ": " + (own.first?.leaderName ?? ""),
                        series: [
                            .init(name: words.word("compliance_held", language), colour: "#00703c"),
                            .init(name: words.word("compliance_missing", language), colour: "#d4351c"),
                        ],
                        bars: own.map {
                            StackedBarChart.Bar(
                                label: String($0.period.suffix(query.granularity == .month ? 2 : 2)),
                                values: [$0.held, max(0, ($0.required ?? 0) - $0.held)]
                            )
                        }
                    )
                    leaders.append(
                        CompliancePage.Leader(
                            id: leaderID,
                            name: own.first?.leaderName ?? leaderID,
                            chart: chart.render(),
                            rows: own.map {
                                CompliancePage.Row(
                                    period: $0.period,
                                    required: $0.required.map(String.init) ?? "—",
                                    held: $0.held,
                                    share: $0.share.map { "\($0)%" } ?? "—",
                                    short: ($0.required ?? 0) > $0.held
                                )
                            },
                            basis: own.compactMap(\.basis).first?.nilIfEmpty
                        )
                    )
                }
                let content = CompliancePage(
                    organisationID: query.organisation.id,
                    organisationName: query.organisation.name,
                    year: query.year,
                    isQuarter: query.granularity == .quarter,
                    leaders: leaders
                )
                return try pages.page("web/compliance", titleKey: "compliance_title", request: request, context: context, content: content)
            },
        ]
    }

    private func parse(_ request: Request, organisationID: String?) async throws -> Query {
        guard let id = organisationID, !id.isEmpty else { throw Problem.invalid(field: "organisation", "choose an organisation") }
        guard let organisation = try await schedules.organisation(id: id) else { throw Problem.notFound("no organisation \(id)") }
        let parameters = request.uri.queryParameters
        let zone = organisation.zone
        let year = try BoundedNumber.year.parse(parameters.get("year")) ?? ZoneClock(zone).day(of: Date()).year
        let granularity =
            try parameters.get("period").map { text -> ComplianceReport.Granularity in
                guard let value = ComplianceReport.Granularity(rawValue: text) else {
                    throw Problem.invalid(field: "period", "must be month or quarter")
                }
                return value
            } ?? .month
        return Query(organisation: organisation, year: year, granularity: granularity)
    }

    private func rows(_ query: Query) async throws -> [ComplianceRow] {
        let zone = query.organisation.zone
        let clock = ZoneClock(zone)
        let from = clock.instant(CivilDate(year: query.year, month: 1, day: 1)!, minutes: 0)
        let to = clock.instant(CivilDate(year: query.year + 1, month: 1, day: 1)!, minutes: 0)
        let held = try await schedules.heldDays(organisationID: query.organisation.id, from: from, to: to, zone: zone)
        let leaders = try await schedules.leaders(organisationID: query.organisation.id)
        return ComplianceReport(minimums: minimums).rows(leaders: leaders, year: query.year, granularity: query.granularity, heldDays: held)
    }
}
