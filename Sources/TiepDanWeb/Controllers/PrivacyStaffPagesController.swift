import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// The secretariat's pages for citizens' requests about their data: the queue with both clocks, one request with its
/// actions (acknowledge, extend once, complete or refuse), and the printable copy of what is held about the person.
/// The form posts share `desk` with the API.
struct PrivacyStaffPagesController {
    let pages: PageRenderer
    let desk: PrivacyDesk

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/staff/privacy",
                summary: "Citizens' requests about their data, soonest due first",
                tag: "pages",
                roles: [.secretariat, .leader],
                redirectsToLogin: true,
                query: [("all", "1 for closed ones too"), ("cursor", "the next page's, from its link")],
                produces: "text/html"
            ) { request, context in
                let language = Language.of(request)
                let words = pages.localization
                let all = request.uri.queryParameters.get("all") == "1"
                let found = try await desk.queue(staff: context.staff!, all: all, cursor: try ListQuery(request).cursor)
                let rows = found.items.map { record in
                    let acknowledgeState = record.acknowledgedAt == nil ? desk.dueState(record, record.acknowledgeBy) : "closed"
                    let dueState = desk.dueState(record, record.dueDate)
                    return PrivacyQueuePage.Row(
                        id: record.id,
                        kind: words.word("privacy_kind_\(record.kind.rawValue)", language),
                        subject: record.subject.reference,
                        filed: Self.day(record.filedAt),
                        status: words.word("privacy_status_\(record.status.rawValue)", language),
                        acknowledged: record.acknowledgedAt != nil,
                        acknowledgeBy: DocumentDate.short(record.acknowledgeBy),
                        acknowledgeState: acknowledgeState,
                        acknowledgeLabel: words.word("due_\(acknowledgeState)", language),
                        due: DocumentDate.short(record.dueDate),
                        dueState: dueState,
                        dueLabel: words.word("due_\(dueState)", language)
                    )
                }
                return try pages.page(
                    "web/staff/privacy",
                    titleKey: "privacy_queue_heading",
                    request: request,
                    context: context,
                    content: PrivacyQueuePage(
                        rows: rows,
                        all: all,
                        nextURL: found.nextCursor.map { "/staff/privacy?\(all ? "all=1&" : "")cursor=\($0.queryEncoded)" }
                    )
                )
            },
            Endpoint(
                .get,
                "/staff/privacy/{id}",
                summary: "One request about personal data, with its actions",
                tag: "pages",
                roles: [.secretariat, .leader],
                redirectsToLogin: true,
                responses: [200: "OK", 404: "no such request"],
                produces: "text/html"
            ) { request, context in
                try await detail(request, context)
            },
            Endpoint(
                .get,
                "/staff/privacy/{id}/export",
                summary: "Everything held about the person, to print for them",
                tag: "pages",
                roles: [.secretariat, .leader],
                redirectsToLogin: true,
                responses: [200: "OK", 404: "no such request"],
                produces: "text/html"
            ) { request, context in
                let export = try await desk.export(try context.parameters.require("id"), staff: context.staff!)
                let language = Language.of(request)
                let words = pages.localization
                func field(_ key: String, _ value: String?) -> PersonalDataExportPage.Field? {
                    value.flatMap { $0.isEmpty ? nil : PersonalDataExportPage.Field(label: words.word(key, language), value: $0) }
                }
                func person(_ details: PersonalDataExport.Details) -> [PersonalDataExportPage.Field?] {
                    [
                        field("book_name", details.name), field("book_phone", details.phone), field("book_email", details.email),
                        field("book_address", details.address), field("ask_id_number", details.idNumber),
                    ]
                }
                let items =
                    export.bookings.map { booking in
                        PersonalDataExportPage.Item(
                            reference: booking.reference,
                            heading: words.word("privacy_held_booking", language),
                            fields: (person(booking.person) + [
                                field("book_session", booking.sessionId), field("book_status", booking.status),
                                field("book_subject", booking.subject), field("book_summary", booking.summary),
                                field("privacy_filed", booking.createdAt), field("privacy_checked_in", booking.checkedInAt),
                                field("privacy_outcome", booking.outcome),
                            ]).compactMap { $0 }
                        )
                    }
                    + export.questions.map { question in
                        PersonalDataExportPage.Item(
                            reference: question.reference,
                            heading: words.word("privacy_held_question", language),
                            fields: (person(question.person) + [
                                field("ask_category", question.category), field("ask_subject", question.subject),
                                field("ask_text", question.text), field("book_status", question.status),
                                field("privacy_filed", question.createdAt), field("ask_answer", question.answer),
                                field("consent_heading", question.consents.map { "\($0.purpose) (\($0.givenAt))" }.joined(separator: ", ")),
                            ]).compactMap { $0 }
                        )
                    }
                return try pages.page(
                    "web/staff/privacy-export",
                    titleKey: "privacy_export_heading",
                    request: request,
                    context: context,
                    content: PersonalDataExportPage(request: export.request, generated: export.generatedAt, items: items)
                )
            },
            Endpoint(
                .post,
                "/staff/privacy/{id}/{action}",
                summary: "acknowledge, extend (reason) or complete (outcome, reason) a request (form post)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                responses: [303: "back to the request", 409: "not allowed now", 422: "a field is missing"],
                produces: "text/html"
            ) { request, context -> Response in
                let staff = context.staff!
                let id = try context.parameters.require("id")
                let form = try await request.decodeForm([String: String].self, context: context)
                do {
                    switch try context.parameters.require("action") {
                    case "acknowledge": _ = try await desk.acknowledge(id, staff: staff)
                    case "extend": _ = try await desk.extend(id, reason: form["reason"] ?? "", staff: staff)
                    case "complete": _ = try await desk.complete(id, outcome: form["outcome"] ?? "", reason: form["reason"], staff: staff)
                    default: throw Problem.notFound("no such action")
                    }
                } catch let error as any ProblemConvertible where [.unprocessableContent, .conflict].contains(error.problem.status) {
                    let problem = error.problem
                    let errors = problem.errors.isEmpty ? [Problem.FieldError(field: "complete", message: problem.detail)] : problem.errors
                    return try await detail(request, context, errors: errors, status: problem.status)
                }
                return Response(status: .seeOther, headers: [.location: "/staff/privacy/\(id)"])
            },
        ]
    }

    private func detail(
        _ request: Request,
        _ context: AppRequestContext,
        errors: [Problem.FieldError] = [],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let staff = context.staff!
        let record = try await desk.request(try context.parameters.require("id"), staff: staff)
        let language = Language.of(request)
        let words = pages.localization
        let dueState = desk.dueState(record, record.dueDate)
        let content = PrivacyRequestPage(
            id: record.id,
            kind: words.word("privacy_kind_\(record.kind.rawValue)", language),
            subject: record.subject.reference,
            channel: record.channel,
            filed: Self.day(record.filedAt),
            status: words.word("privacy_status_\(record.status.rawValue)", language),
            detail: record.detail,
            acknowledgeBy: DocumentDate.short(record.acknowledgeBy),
            due: DocumentDate.short(record.dueDate),
            dueState: dueState,
            dueLabel: words.word("due_\(dueState)", language),
            acknowledged: record.acknowledgedAt.map(Self.day),
            extendedReason: record.extendedReason,
            outcomeReason: record.outcomeReason,
            isOpen: record.status == .open,
            canAct: staff.hasAnyRole([.secretariat], in: record.organisationID),
            canExtend: record.extendedReason == nil,
            errorSummary: ErrorSummary.of(errors)
        )
        return try pages.page(
            "web/staff/privacy-request",
            titleKey: "privacy_request",
            request: request,
            context: context,
            content: content,
            status: status
        )
    }

    /// A moment as the office's day and time in Vietnam.
    static func day(_ at: Date) -> String {
        DocumentDate.short(at, clock: ZoneClock(RFC3339.vietnam))
    }
}
