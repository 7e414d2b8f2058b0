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
    let desk: ComplianceDesk

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
                let report = try await report(request, organisationID: request.uri.queryParameters.get("organisation"))
                return ListPage(items: report.rows, nextCursor: nil)
            },
            Endpoint(
                .get,
                "/organisations/{id}/compliance.csv",
                summary: "The compliance report as CSV",
                tag: "pages",
                query: [("year", "e.g. 2026"), ("period", "month or quarter")],
                produces: "text/csv"
            ) { request, context -> Response in
                let report = try await report(request, organisationID: try context.parameters.require("id"))
                let table = CSVTable(
                    headings: [
                        "Lãnh đạo", "Chức danh", "Kỳ", "Số ngày phải tiếp", "Số ngày đã lên lịch", "Số ngày đã tiếp", "Số ngày chưa ghi nhận",
                        "Số ngày cấp phó tiếp thay", "Số ngày không tiếp", "Tỷ lệ (%)", "Tình trạng", "Căn cứ",
                    ],
                    rows: report.rows.map {
                        [
                            $0.leaderName, $0.role ?? "", $0.period, $0.required.map(String.init) ?? "", String($0.planned), String($0.held),
                            String($0.unrecorded), String($0.delegated), $0.missed.map(String.init) ?? "", $0.share.map(String.init) ?? "",
                            pages.localization.word("compliance_status_" + $0.status.rawValue, .vi), $0.basis ?? "",
                        ]
                    }
                )
                return Response(
                    status: .ok,
                    headers: [
                        .contentType: "text/csv; charset=utf-8",
                        .contentDisposition: "attachment; filename=\"tiep-cong-dan-\(report.organisation.id)-\(report.year).csv\"",
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
                let granularity = try granularity(request)
                let report = try await report(request, organisationID: try context.parameters.require("id"))
                let language = Language.of(request)
                let words = pages.localization
                let rows = report.rows
                var leaders: [CompliancePage.Leader] = []
                // Each leader once, in the order the rows list them.
                let leaderIDs = rows.map(\.leaderID).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                for leaderID in leaderIDs {
                    let own = rows.filter { $0.leaderID == leaderID }
                    let chart = StackedBarChart(
                        title: words.word("compliance_chart_title", language) + ": " + (own.first?.leaderName ?? ""),
                        series: [
                            .init(name: words.word("compliance_held", language), colour: "#00703c"),
                            .init(name: words.word("compliance_unrecorded", language), colour: "#f47738"),
                            .init(name: words.word("compliance_missed", language), colour: "#d4351c"),
                        ],
                        bars: own.map { StackedBarChart.Bar(label: String($0.period.suffix(2)), values: [$0.held, $0.unrecorded, $0.missed ?? 0]) }
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
                                    planned: $0.planned,
                                    held: $0.held,
                                    unrecorded: $0.unrecorded,
                                    delegated: $0.delegated,
                                    missed: $0.missed.map(String.init) ?? "—",
                                    share: $0.share.map { "\($0)%" } ?? "—",
                                    status: $0.status.rawValue,
                                    statusText: words.word("compliance_status_" + $0.status.rawValue, language)
                                )
                            },
                            // A year that changes rule names both bases, in the order they applied.
                            basis: own.compactMap(\.basis).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                                .joined(separator: "; ").nilIfEmpty
                        )
                    )
                }
                let content = CompliancePage(
                    organisationID: report.organisation.id,
                    organisationName: report.organisation.name,
                    year: report.year,
                    isQuarter: granularity == .quarter,
                    leaders: leaders
                )
                return try pages.page("web/compliance", titleKey: "compliance_title", request: request, context: context, content: content)
            },
        ]
    }

    /// The report the request asks for: `year` (this year by default) and `period` (month by default).
    private func report(
        _ request: Request,
        organisationID: String?
    ) async throws -> (
        organisation: Organisation, year: Int, rows: [ComplianceRow]
    ) {
        let year = try BoundedNumber.year.parse(request.uri.queryParameters.get("year"))
        return try await desk.report(organisationID: organisationID, year: year, granularity: try granularity(request))
    }

    private func granularity(_ request: Request) throws -> ComplianceReport.Granularity {
        guard let text = request.uri.queryParameters.get("period") else { return .month }
        guard let value = ComplianceReport.Granularity(rawValue: text) else { throw Problem.invalid(field: "period", "must be month or quarter") }
        return value
    }
}
