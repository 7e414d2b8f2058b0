import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// Staff pages for commitments: record one during a session (from its day list) and report
/// progress on the list of commitments (officers: their department's). Plain form posts.
struct CommitmentStaffPagesController {
    let pages: PageRenderer
    let desk: CommitmentDesk
    let schedules: ScheduleRepository

    struct NewForm: Decodable {
        var text: String?
        var owner: String?
        var dueDate: String?
        var sessionId: String?

        enum CodingKeys: String, CodingKey {
            case text, owner
            case dueDate = "due_date"
            case sessionId = "session_id"
        }
    }

    struct ProgressForm: Decodable {
        var progress: String?
        var status: String?
        var note: String?
        var evidence: String?
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/staff/commitments",
                summary: "Commitments to report on (officers: own department), a hundred at a time",
                tag: "pages",
                roles: [.secretariat, .leader, .officer],
                redirectsToLogin: true,
                query: [("cursor", "from the next page's link")],
                produces: "text/html"
            ) { request, context in
                try await list(request, context)
            },
            Endpoint(
                .post,
                "/staff/commitments/{id}/progress",
                summary: "Report progress (form post)",
                tag: "pages",
                roles: [.secretariat, .leader, .officer],
                redirectsToLogin: true,
                responses: [303: "back to the list", 422: "the list naming what is wrong"],
                produces: "text/html"
            ) { request, context -> Response in
                let id = try context.parameters.require("id")
                let staff = context.staff!
                let form = try await request.decodeForm(ProgressForm.self, context: context)
                let report = ProgressReport(
                    progress: Int(form.progress ?? "") ?? -1,
                    status: form.status,
                    note: form.note ?? "",
                    evidence: form.evidence
                )
                do {
                    _ = try await desk.report(id, report, staff: staff)
                } catch let error as any ProblemConvertible where error.problem.status == .unprocessableContent || error.problem.status == .conflict {
                    let problem = error.problem
                    return try await list(
                        request,
                        context,
                        failed: id,
                        errors: problem.errors.map(\.field).isEmpty ? ["state"] : problem.errors.map(\.field),
                        status: problem.status
                    )
                }
                return Response(status: .seeOther, headers: [.location: "/staff/commitments#\(id)"])
            },
            Endpoint(
                .post,
                "/staff/commitments",
                summary: "Record a commitment made in a session (form post)",
                tag: "pages",
                roles: [.secretariat, .leader],
                redirectsToLogin: true,
                responses: [303: "back to the session's day list", 404: "no such session", 422: "the form naming each wrong field"],
                produces: "text/html"
            ) { request, context -> Response in
                let form = try await request.decodeForm(NewForm.self, context: context)
                guard let sessionID = form.sessionId, let session = try await schedules.session(id: sessionID) else {
                    throw Problem.notFound("no such session")
                }
                let body = CommitmentRequest(
                    text: form.text ?? "",
                    owner: form.owner ?? "",
                    dueDate: form.dueDate ?? "",
                    organisationId: session.organisationID,
                    sessionId: sessionID,
                    questionRef: nil
                )
                do {
                    _ = try await desk.record(body, staff: context.staff!)
                } catch let error as any ProblemConvertible where error.problem.status == .unprocessableContent {
                    let problem = error.problem
                    let language = Language.of(request)
                    let query =
                        problem.errors.map { pages.localization.word("commitment_error_\($0.field)", language) }
                        .joined(separator: "|").addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                    return Response(status: .seeOther, headers: [.location: "/staff/sessions/\(sessionID)?commitment_error=\(query)#commitment-form"])
                }
                return Response(status: .seeOther, headers: [.location: "/staff/sessions/\(sessionID)#commitments"])
            },
        ]
    }

    private func list(
        _ request: Request,
        _ context: AppRequestContext,
        failed: String? = nil,
        errors: [String] = [],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let staff = context.staff!
        let language = Language.of(request)
        let words = pages.localization
        let cursor = request.uri.queryParameters.get("cursor")?.nilIfEmpty
        let found = try await desk.reportable(by: staff, after: cursor)
        let items = found.items.map { view in
            view.row(language, words, errors: view.id == failed ? errors.map { words.word("commitment_error_\($0)", language) } : [])
        }
        let content = StaffCommitmentsPage(
            items: items,
            nextURL: found.nextCursor.map { "/staff/commitments?cursor=\($0.queryEncoded)" },
            errorSummary: ErrorSummary.of(
                errors.prefix(1).map { FieldIssue(field: failed ?? "", message: words.word("commitment_error_\($0)", language)) }
            )
        )
        return try pages.page(
            "web/staff/commitments",
            titleKey: "commitments_title",
            request: request,
            context: context,
            content: content,
            status: status
        )
    }
}
