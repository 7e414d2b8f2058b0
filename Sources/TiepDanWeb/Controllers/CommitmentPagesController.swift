import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanPublish
import TiepDanStore

/// The public accountability pages: an organisation's commitments with the share kept on time
/// and a chart by month, and one commitment with its history. Built from the same views as the
/// JSON, so the two always agree.
struct CommitmentPagesController {
    let pages: PageRenderer
    let desk: CommitmentDesk
    let schedules: ScheduleRepository

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/organisations/{id}/commitments",
                summary: "Accountability page of an organisation (HTML): figures over all its commitments, the list 50 at a time",
                tag: "pages",
                query: [("cursor", "from the next page's link")],
                responses: [200: "the page", 404: "no such organisation"],
                produces: "text/html",
                cached: .parameter("id")
            ) { request, context -> Response in
                let id = try context.parameters.require("id")
                guard let organisation = try await schedules.organisation(id: id) else { throw Problem.notFound("no organisation \(id)") }
                let language = Language.of(request)
                let words = pages.localization
                let cursor = request.uri.queryParameters.get("cursor")?.nilIfEmpty
                let figures = try await desk.figures(organisationID: id)
                let page = try await desk.list(organisationID: id, status: nil, after: cursor, limit: 50)
                let content = CommitmentsPage(
                    organisationID: organisation.id,
                    organisationName: organisation.name,
                    share: figures.total.onTimeShare.map { "\($0)%" } ?? "—",
                    open: figures.total.open,
                    doneOnTime: figures.total.doneOnTime,
                    doneLate: figures.total.doneLate,
                    overdue: figures.total.overdue,
                    chart: Self.chart(figures.months, language: language, words: words),
                    items: page.items.map { $0.row(language, words) },
                    nextURL: page.nextCursor.map { "/organisations/\(id)/commitments?cursor=\($0.queryEncoded)" }
                )
                return try pages.page("web/commitments", titleKey: "commitments_title", request: request, context: context, content: content)
            },
            Endpoint(
                .get,
                "/commitments/{id}",
                summary: "One commitment and its history (HTML)",
                tag: "pages",
                responses: [200: "the page", 404: "no such commitment"],
                produces: "text/html"
            ) { request, context -> Response in
                let record = try await desk.find(try context.parameters.require("id"))
                let language = Language.of(request)
                let words = pages.localization
                let view = try await desk.view(record)
                let history = try await desk.history(record).map { step in
                    CommitmentPage.Step(
                        at: step.at.prefix(10).split(separator: "-").reversed().joined(separator: "/"),
                        what: words.word("commitment_event_\(step.kind)", language),
                        progress: step.progress,
                        dueChange: step.dueAfter.flatMap { after in
                            step.dueBefore.map { "\(CommitmentView.display($0)) → \(CommitmentView.display(after))" }
                        },
                        note: step.note?.nilIfEmpty,
                        evidence: step.evidence?.nilIfEmpty
                    )
                }
                let organisation = try await schedules.organisation(id: record.organisationID)
                let content = CommitmentPage(
                    organisationID: record.organisationID,
                    organisationName: organisation?.name ?? record.organisationID,
                    id: view.id,
                    text: view.text,
                    owner: view.ownerName,
                    made: CommitmentView.display(String(view.madeAt.prefix(10))),
                    due: CommitmentView.display(view.dueDate),
                    originalDue: view.extended ? CommitmentView.display(view.originalDue) : nil,
                    status: view.status,
                    statusLabel: words.word("commitment_status_\(view.status)", language),
                    late: view.onTime == false,
                    progress: view.progress,
                    dropReason: view.dropReason?.nilIfEmpty,
                    history: history
                )
                return try pages.page("web/commitment", titleKey: "commitment_title", request: request, context: context, content: content)
            },
        ]
    }

    /// Commitments by the month they fall due, over the twelve months ending this one.
    static func chart(_ months: [CommitmentFigures.Month], language: Language, words: Localization) -> String {
        let bars = months.map { month in
            StackedBarChart.Bar(
                label: String(format: "%02d/%02d", month.month, month.year % 100),
                values: [month.counts.doneOnTime, month.counts.doneLate, month.counts.overdue, month.counts.open]
            )
        }
        return StackedBarChart(
            title: words.word("commitments_chart_title", language),
            series: [
                .init(name: words.word("commitments_done_on_time", language), colour: "#00703c"),
                .init(name: words.word("commitments_done_late", language), colour: "#f47738"),
                .init(name: words.word("commitment_status_overdue", language), colour: "#d4351c"),
                .init(name: words.word("commitments_open", language), colour: "#b1b4b6"),
            ],
            bars: bars
        ).render()
    }
}
