import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanPublish
import TiepDanStore

/// An organisation's satisfaction figures, one function (`SatisfactionDesk.figures`) for the JSON API, the public page
/// and the Excel file. Public: counts and means only, never a comment, and nothing under five answers.
struct SatisfactionController {
    let pages: PageRenderer
    let desk: SatisfactionDesk
    let schedules: ScheduleRepository

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/api/v1/satisfaction",
                summary: "Satisfaction figures of an organisation: each question's tally, by leader, department, channel and month",
                tag: "surveys",
                query: [("organisation", "organisation id (required)"), ("from", "first month, YYYY-MM"), ("to", "last month, YYYY-MM")],
                responses: [200: "the figures; under five answers a tally has no mean nor shares", 404: "no such organisation"]
            ) { request, _ -> SatisfactionFigures in
                try await figures(request, organisationID: request.uri.queryParameters.get("organisation") ?? "")
            },
            Endpoint(
                .get,
                "/organisations/{id}/satisfaction",
                summary: "Satisfaction figures (HTML; ?format=xlsx for Excel)",
                tag: "pages",
                query: [("from", "first month, YYYY-MM"), ("to", "last month, YYYY-MM"), ("format", "html or xlsx")],
                responses: [200: "the figures", 404: "no such organisation"],
                produces: "text/html"
            ) { request, context -> Response in
                let id = try context.parameters.require("id")
                let figures = try await figures(request, organisationID: id)
                let language = Language.of(request)
                let tables = try await tables(figures, language)
                switch request.uri.queryParameters.get("format") ?? "html" {
                case "html":
                    let content = SatisfactionPage(
                        organisationID: figures.organisationID,
                        organisationName: figures.organisationName,
                        from: figures.from,
                        through: figures.through,
                        responses: figures.responses,
                        invited: figures.invited,
                        responseRate: figures.responseRate.map(SatisfactionText.share),
                        tables: tables,
                        xlsxURL: "/organisations/\(figures.organisationID)/satisfaction?from=\(figures.from)&to=\(figures.through)&format=xlsx"
                    )
                    return try pages.page("web/satisfaction", titleKey: "satisfaction_title", request: request, context: context, content: content)
                case "xlsx":
                    let word = { pages.localization.word($0, language) }
                    let columns = [
                        SpreadsheetSheet.Column(word("satisfaction_heading"), width: 44), .init(word("satisfaction_responses"), width: 14),
                        .init(word("satisfaction_mean"), width: 16), .init(word("satisfaction_satisfied"), width: 16),
                        .init(word("satisfaction_dissatisfied"), width: 18),
                    ]
                    let sheets = tables.map { table in
                        SpreadsheetSheet(
                            name: table.heading,
                            columns: columns,
                            rows: zip(table.lines, Self.tallies(figures, table.id)).map { line, keyed in
                                let tally = keyed.1
                                return [
                                    .text(line.label), .number(Double(tally.responses)),
                                    tally.mean.map { .number(($0 * 100).rounded() / 100) } ?? .text(word("satisfaction_too_few")),
                                    tally.satisfied.map { .number(($0 * 1000).rounded() / 1000) } ?? .empty,
                                    tally.dissatisfied.map { .number(($0 * 1000).rounded() / 1000) } ?? .empty,
                                ]
                            }
                        )
                    }
                    return Response(
                        status: .ok,
                        headers: [
                            .contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            .contentDisposition:
                                "attachment; filename=\"hai-long-\(figures.organisationID)-\(figures.from)-\(figures.through).xlsx\"",
                        ],
                        body: .init(byteBuffer: ByteBuffer(bytes: XLSXWriter.write(sheets)))
                    )
                default:
                    throw Problem.invalid(field: "format", "must be html or xlsx")
                }
            },
        ]
    }

    private func figures(_ request: Request, organisationID: String) async throws -> SatisfactionFigures {
        try await desk.figures(
            organisationID: organisationID,
            from: request.uri.queryParameters.get("from"),
            to: request.uri.queryParameters.get("to")
        )
    }

    /// The tallies of one table, in its order, each with its key.
    private static func tallies(_ figures: SatisfactionFigures, _ table: String) -> [(String, SatisfactionTally)] {
        switch table {
        case "questions": figures.questions.map { ($0.id, $0.tally) }
        case "by-leader": figures.byLeader.map { ($0.key, $0.tally) }
        case "by-department": figures.byDepartment.map { ($0.key, $0.tally) }
        case "by-channel": figures.byChannel.map { ($0.key, $0.tally) }
        case "by-contact": figures.byContact.map { ($0.key, $0.tally) }
        default: figures.byMonth.map { ($0.key, $0.tally) }
        }
    }

    private func tables(_ figures: SatisfactionFigures, _ language: Language) async throws -> [SatisfactionPage.Table] {
        let words = pages.localization
        let leaders = try await schedules.leaders(organisationID: figures.organisationID)
        var leaderNames: [String: String] = [:]
        for leader in leaders {
            leaderNames[leader.id] = leader.name
            leaderNames[figures.organisationID + "." + leader.id] = leader.name
        }
        let departments = Dictionary(
            try await schedules.departments(organisationID: figures.organisationID).map { ($0.id, $0.name) },
            uniquingKeysWith: { first, _ in first }
        )
        let questionTexts = Dictionary(figures.questions.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        func lines(_ table: String, _ label: (String) -> String) -> [SatisfactionPage.Line] {
            Self.tallies(figures, table).map { key, tally in
                SatisfactionPage.Line(
                    label: label(key),
                    responses: tally.responses,
                    mean: tally.mean.map { SatisfactionText.mean($0, language) },
                    satisfied: tally.satisfied.map(SatisfactionText.share),
                    dissatisfied: tally.dissatisfied.map(SatisfactionText.share)
                )
            }
        }
        return [
            .init(id: "questions", heading: words.word("satisfaction_questions", language), lines: lines("questions") { questionTexts[$0] ?? $0 }),
            .init(id: "by-leader", heading: words.word("satisfaction_by_leader", language), lines: lines("by-leader") { leaderNames[$0] ?? $0 }),
            .init(
                id: "by-department",
                heading: words.word("satisfaction_by_department", language),
                lines: lines("by-department") { departments[$0] ?? $0 }
            ),
            .init(id: "by-channel", heading: words.word("satisfaction_by_channel", language), lines: lines("by-channel") { $0 }),
            .init(
                id: "by-contact",
                heading: words.word("satisfaction_by_contact", language),
                lines: lines("by-contact") { words.word("survey_contact_" + $0, language) }
            ),
            .init(id: "by-month", heading: words.word("satisfaction_by_month", language), lines: lines("by-month") { $0 }),
        ]
    }
}
