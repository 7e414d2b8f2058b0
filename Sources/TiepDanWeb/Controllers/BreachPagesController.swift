import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// The breach register in the browser, for system administrators: the list with each 72-hour clock, the form recording
/// a new breach and the one recording that the authority was told. The form posts share `desk` with the API.
struct BreachPagesController {
    let pages: PageRenderer
    let desk: BreachDesk

    /// The new breach form's inputs, named as the API's fields.
    static let fields = ["organisation_id", "discovered_at", "description", "data_kinds", "people_affected", "consequences", "measures"]

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/staff/breaches",
                summary: "The breach register with the hours left to report each, and the form to record one",
                tag: "pages",
                roles: [.admin],
                redirectsToLogin: true,
                query: [("cursor", "the next page's, from its link")],
                produces: "text/html"
            ) { request, context in
                try await register(request, context)
            },
            Endpoint(
                .post,
                "/staff/breaches",
                summary: "Record a breach (form post)",
                tag: "pages",
                roles: [.admin],
                redirectsToLogin: true,
                responses: [303: "to the register", 422: "a field is not acceptable"],
                produces: "text/html"
            ) { request, context -> Response in
                let form = try await request.decodeForm([String: String].self, context: context).filter { Self.fields.contains($0.key) }
                let report = BreachReport(
                    organisationId: form["organisation_id"]?.trimmingCharacters(in: .whitespaces) ?? "",
                    discoveredAt: Self.moment(form["discovered_at"] ?? ""),
                    description: form["description"] ?? "",
                    dataKinds: form["data_kinds"] ?? "",
                    // Not a whole number: a count the desk refuses, naming the field.
                    peopleAffected: Int(form["people_affected"]?.trimmingCharacters(in: .whitespaces) ?? "") ?? -1,
                    consequences: form["consequences"],
                    measures: form["measures"]
                )
                do {
                    let record = try await desk.record(report, staff: context.staff!)
                    return Response(status: .seeOther, headers: [.location: "/staff/breaches#row-\(record.id)"])
                } catch let error as any ProblemConvertible where error.problem.status == .unprocessableContent {
                    let errors = Dictionary(error.problem.errors.map { ($0.field, $0.message) }, uniquingKeysWith: { first, _ in first })
                    return try await register(request, context, form: form, errors: errors, status: .unprocessableContent)
                }
            },
            Endpoint(
                .post,
                "/staff/breaches/{id}/reported",
                summary: "Record that the authority was told, with its reference (form post, once)",
                tag: "pages",
                roles: [.admin],
                redirectsToLogin: true,
                responses: [303: "to the register", 404: "no such breach", 409: "already reported"],
                produces: "text/html"
            ) { request, context -> Response in
                let id = try context.parameters.require("id")
                let form = try await request.decodeForm([String: String].self, context: context)
                _ = try await desk.reported(id, reference: form["reference"]?.trimmingCharacters(in: .whitespaces), staff: context.staff!)
                return Response(status: .seeOther, headers: [.location: "/staff/breaches#row-\(id)"])
            },
        ]
    }

    private func register(
        _ request: Request,
        _ context: AppRequestContext,
        form: [String: String] = [:],
        errors: [String: String] = [:],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = Language.of(request)
        let words = pages.localization
        let found = try await desk.list(staff: context.staff!, cursor: try ListQuery(request).cursor)
        let rows = found.items.map { record in
            let hours = desk.hoursLeft(record)
            let state: String
            let label: String
            if let reportedAt = record.reportedAt {
                state = "closed"
                label = words.word("breach_reported", language) + " " + Self.day(reportedAt) + (record.reportReference.map { " (\($0))" } ?? "")
            } else if let hours, hours < 0 {
                state = DueState.overdue.rawValue
                label = words.word("breach_late", language).replacingOccurrences(of: "{hours}", with: "\(-hours)")
            } else {
                state = (hours ?? 0) < 24 ? DueState.dueSoon.rawValue : DueState.onTrack.rawValue
                label = words.word("breach_hours_left", language).replacingOccurrences(of: "{hours}", with: "\(hours ?? 0)")
            }
            return BreachRegisterPage.Row(
                id: record.id,
                organisation: record.organisationID,
                discovered: Self.day(record.discoveredAt),
                reportBy: Self.day(BreachClock.reportBy(discoveredAt: record.discoveredAt)),
                dataKinds: record.dataKinds,
                peopleAffected: record.peopleAffected,
                dueState: state,
                clockLabel: label,
                reported: record.reportedAt != nil
            )
        }
        return try pages.page(
            "web/staff/breaches",
            titleKey: "breach_register_heading",
            request: request,
            context: context,
            content: BreachRegisterPage(
                rows: rows,
                nextURL: found.nextCursor.map { "/staff/breaches?cursor=\($0.queryEncoded)" },
                form: form,
                errors: errors,
                errorSummary: ErrorSummary.of(errors.sorted { $0.key < $1.key }.map { FieldIssue(field: $0.key, message: $0.value) })
            ),
            status: status
        )
    }

    /// The browser's `datetime-local` value (`2026-12-01T08:30`) is Vietnam's time: given its offset; anything else is
    /// passed on for the desk to judge.
    static func moment(_ text: String) -> String {
        let text = text.trimmingCharacters(in: .whitespaces)
        return text.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/) != nil ? text + ":00+07:00" : text
    }

    /// A moment as the day and time in Vietnam.
    static func day(_ at: Date) -> String {
        DocumentDate.short(at, clock: ZoneClock(RFC3339.vietnam))
    }
}
