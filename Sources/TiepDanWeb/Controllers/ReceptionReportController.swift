import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanPublish
import TiepDanStore

/// The periodic report on citizen reception, one function (`ReceptionReportDesk.report`) for the API, the staff page
/// and the Excel file.
struct ReceptionReportController {
    let pages: PageRenderer
    let desk: ReceptionReportDesk
    let schedules: ScheduleRepository
    let printer: ChromiumPrinter?

    /// One figure of the report: its word and how it is counted.
    struct Figure {
        let word: String
        let indent: Bool
        let value: (ReceptionCounts) -> Int
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/api/v1/reports/reception",
                summary: "The periodic report on citizen reception of an organisation and its children",
                tag: "reports",
                roles: [.secretariat, .leader],
                query: [("organisation", "organisation id"), ("period", "2026-Q3, 2026-H1, 2026-9M or 2026")],
                responses: [200: "the report", 404: "no such organisation"]
            ) { request, context -> ReceptionReport in
                try await report(request, context)
            },
            Endpoint(
                .get,
                "/staff/reports/reception/document",
                summary: "The periodic report as the document the head signs (\(DocumentResponse.formats))",
                tag: "pages",
                roles: [.secretariat, .leader],
                redirectsToLogin: true,
                query: [("organisation", "organisation id"), ("period", "2026-Q3, 2026-H1, 2026-9M or 2026"), ("format", DocumentResponse.formats)],
                responses: [200: "the document", 404: "no such organisation"],
                produces: "text/html"
            ) { request, context -> Response in
                let report = try await report(request, context)
                let document = try await document(report, staff: context.staff!)
                return try await DocumentResponse.make(
                    try pages.templates.render("documents/reception-report", with: document),
                    request: request,
                    filename: "bao-cao-tiep-cong-dan-\(report.organisationID)-\(report.period)",
                    printer: printer
                )
            },
            Endpoint(
                .get,
                "/staff/reports/reception",
                summary: "The periodic report as a staff page (?format=xlsx for Excel)",
                tag: "pages",
                roles: [.secretariat, .leader],
                redirectsToLogin: true,
                query: [("organisation", "organisation id"), ("period", "2026-Q3, 2026-H1, 2026-9M or 2026"), ("format", "html or xlsx")],
                responses: [200: "the report", 404: "no such organisation"],
                produces: "text/html"
            ) { request, context -> Response in
                let staff = context.staff!
                let language = Language.of(request)
                let word = { pages.localization.word($0, language) }
                let readable = try await schedules.organisations(readableBy: staff)
                let query = request.uri.queryParameters
                let organisationID = query.get("organisation") ?? readable.first?.id ?? ""
                let period = query.get("period") ?? Self.lastQuarter()
                let report = try await desk.report(organisationID: organisationID, period: period, staff: staff)
                let figures = Self.figures(word)
                let format = query.get("format") ?? "html"
                if format == "xlsx" {
                    let columns =
                        [SpreadsheetSheet.Column(word("report_heading"), width: 44)]
                        + report.units.map { SpreadsheetSheet.Column($0.name, width: 18) } + [
                            SpreadsheetSheet.Column(word("report_total"), width: 14)
                        ]
                    let rows: [[SpreadsheetCell]] = figures.map { figure in
                        [.text(figure.word)] + report.units.map { .number(Double(figure.value($0.counts))) } + [
                            .number(Double(figure.value(report.totals)))
                        ]
                    }
                    let leaders = SpreadsheetSheet(
                        name: word("report_leaders"),
                        columns: [
                            .init(word("report_organisation"), width: 30), .init(word("report_leader"), width: 28),
                            .init(word("report_held"), width: 14), .init(word("report_required"), width: 14),
                        ],
                        rows: report.leaders.map { leader in
                            [
                                .text(report.units.first { $0.organisationID == leader.organisationID }?.name ?? leader.organisationID),
                                .text(leader.name + ", " + leader.title), .number(Double(leader.held)),
                                leader.required.map { .number(Double($0)) } ?? .empty,
                            ]
                        }
                    )
                    let sheets = [SpreadsheetSheet(name: report.period, columns: columns, rows: rows), leaders]
                    return Response(
                        status: .ok,
                        headers: [
                            .contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            .contentDisposition: "attachment; filename=\"bao-cao-tiep-cong-dan-\(report.organisationID)-\(report.period).xlsx\"",
                            .cacheControl: "private, no-store",
                        ],
                        body: .init(byteBuffer: ByteBuffer(bytes: XLSXWriter.write(sheets)))
                    )
                }
                guard format == "html" else { throw Problem.invalid(field: "format", "must be html or xlsx") }
                let content = ReceptionReportPage(
                    organisations: readable.map { Choice(value: $0.id, label: $0.name, selected: $0.id == report.organisationID) },
                    period: report.period,
                    from: report.from,
                    to: report.to,
                    basis: report.basis,
                    units: report.units.map(\.name),
                    lines: figures.map { figure in
                        ReceptionReportPage.Line(
                            label: figure.word,
                            values: report.units.map { String(figure.value($0.counts)) },
                            total: String(figure.value(report.totals)),
                            indent: figure.indent
                        )
                    },
                    leaders: report.leaders.map { leader in
                        ReceptionReportPage.Leader(
                            organisation: report.units.first { $0.organisationID == leader.organisationID }?.name ?? leader.organisationID,
                            name: leader.name + ", " + leader.title,
                            held: leader.held,
                            required: leader.required.map(String.init) ?? "—",
                            short: leader.required.map { leader.held < $0 } ?? false
                        )
                    },
                    satisfaction: Self.satisfaction(report.satisfaction, language, word),
                    xlsxURL: "/staff/reports/reception?organisation=\(report.organisationID)&period=\(report.period)&format=xlsx",
                    documentURL: "/staff/reports/reception/document?organisation=\(report.organisationID)&period=\(report.period)"
                )
                return try pages.page("web/staff/report", titleKey: "report_title", request: request, context: context, content: content)
            },
        ]
    }

    /// The report as the document the head signs, in the Decree 30 layout (`?format=` as every document).
    private func document(_ report: ReceptionReport, staff: StaffUser) async throws -> ReceptionReportDocument {
        let organisation = try await schedules.organisation(id: report.organisationID)
        let issuer = DocumentIssuer(organisationName: report.organisationName)
        let today = ZoneClock(organisation?.zone ?? RFC3339.vietnam).day(of: Date())
        let leaders = try await schedules.leaders(organisationID: report.organisationID)
        let head = leaders.first { $0.role?.hasSuffix("chairman") == true } ?? leaders.first
        var parent: String?
        if let parentID = organisation?.parentID { parent = try await schedules.organisation(id: parentID)?.name }
        let figures = Self.figures { pages.localization.word($0, .vi) }
        return ReceptionReportDocument(
            heading: DocumentHeading(
                issuer: issuer,
                code: "BC",
                number: nil,
                day: today,
                kind: "Báo cáo",
                subject: "Kết quả công tác tiếp công dân " + (ReportPeriod(report.period)?.label ?? report.period)
            ),
            days: "Số liệu từ ngày \(report.from) đến ngày \(report.to)",
            units: report.units.map(\.name),
            lines: figures.map { figure in
                ReceptionReportDocument.Line(
                    label: figure.word,
                    values: report.units.map { String(figure.value($0.counts)) },
                    total: String(figure.value(report.totals))
                )
            },
            leaders: report.leaders.enumerated().map { index, leader in
                ReceptionReportDocument.Leader(
                    number: index + 1,
                    organisation: report.units.first { $0.organisationID == leader.organisationID }?.name ?? leader.organisationID,
                    name: leader.name + ", " + leader.title,
                    held: leader.held,
                    required: leader.required.map(String.init) ?? "—"
                )
            },
            satisfaction: Self.satisfaction(report.satisfaction, .vi) { pages.localization.word($0, .vi) },
            signer: DocumentPerson(name: head?.name ?? staff.fullName ?? staff.username, title: head?.title ?? "Người lập báo cáo"),
            recipients: parent.map { [$0] } ?? []
        )
    }

    private func report(_ request: Request, _ context: AppRequestContext) async throws -> ReceptionReport {
        try await desk.report(
            organisationID: request.uri.queryParameters.get("organisation"),
            period: request.uri.queryParameters.get("period"),
            staff: context.staff!
        )
    }

    /// The report's figures in the order of the Circular's form, each with its word.
    static func figures(_ word: (String) -> String) -> [Figure] {
        var figures = [
            Figure(word: word("report_sessions_held"), indent: false) { $0.sessionsHeld },
            Figure(word: word("report_sessions_periodic"), indent: true) { $0.sessionsPeriodic },
            Figure(word: word("report_sessions_ad_hoc"), indent: true) { $0.sessionsAdHoc },
            Figure(word: word("report_sessions_online"), indent: true) { $0.sessionsOnline },
            Figure(word: word("report_visits"), indent: false) { $0.visits },
            Figure(word: word("report_people"), indent: false) { $0.people },
            Figure(word: word("report_groups"), indent: false) { $0.groups },
            Figure(word: word("report_representatives"), indent: true) { $0.representatives },
        ]
        for category in [CaseCategory.complaint, .denunciation, .petition, .feedback] {
            figures.append(
                Figure(word: word("report_visits_by") + " " + word("category_" + category.rawValue), indent: true) {
                    $0.visitsByCategory[category.rawValue] ?? 0
                }
            )
        }
        for outcome in VisitOutcome.allCases {
            figures.append(
                Figure(word: word("report_outcomes_by") + " " + word("outcome_" + outcome.rawValue), indent: true) {
                    $0.visitsByOutcome[outcome.rawValue] ?? 0
                }
            )
        }
        figures.append(Figure(word: word("report_questions_received"), indent: false) { $0.questionsReceived })
        for category in CaseCategory.allCases {
            figures.append(Figure(word: word("category_" + category.rawValue), indent: true) { $0.questionsByCategory[category.rawValue] ?? 0 })
        }
        figures += [
            Figure(word: word("report_questions_answered"), indent: false) { $0.questionsAnswered },
            Figure(word: word("report_questions_on_time"), indent: true) { $0.questionsAnsweredOnTime },
            Figure(word: word("report_commitments_done"), indent: false) { $0.commitmentsDone },
            Figure(word: word("report_commitments_on_time"), indent: true) { $0.commitmentsDoneOnTime },
        ]
        return figures
    }

    /// The period's satisfaction in a sentence: the count, and the mean and shares from five answers up.
    static func satisfaction(_ tally: SatisfactionTally, _ language: Language, _ word: (String) -> String) -> String {
        guard let mean = tally.mean, let satisfied = tally.satisfied, let dissatisfied = tally.dissatisfied else {
            return "\(tally.responses) " + word("report_satisfaction_answers") + "; " + word("satisfaction_too_few")
        }
        let decimal = SatisfactionText.mean(mean, language)
        return "\(tally.responses) \(word("report_satisfaction_answers")); \(word("report_satisfaction_mean")) \(decimal); "
            + "\(SatisfactionText.share(satisfied)) \(word("report_satisfaction_satisfied")), "
            + "\(SatisfactionText.share(dissatisfied)) \(word("report_satisfaction_dissatisfied"))"
    }

    /// The last quarter that has ended, the one a secretariat reports on by default.
    static func lastQuarter(now: Date = Date()) -> String {
        let today = ZoneClock(RFC3339.vietnam).day(of: now)
        let quarter = (today.month - 1) / 3
        return quarter == 0 ? "\(today.year - 1)-Q4" : "\(today.year)-Q\(quarter)"
    }
}

extension ReceptionReport: ResponseEncodable {}
