import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// The secretariat's page for a session's minutes or conclusion notice: write the conclusion,
/// redraft, finalise, and read every version. Plain form posts over the `MinutesDesk`.
struct MinutesPagesController {
    let pages: PageRenderer
    let desk: MinutesDesk

    struct Form: Decodable {
        var kind: String?
        var conclusion: String?
        var notes: String?
        var version: String?
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/staff/minutes/{id}",
                summary: "A document's versions, its conclusion and notes to edit",
                tag: "pages",
                roles: [.secretariat, .leader],
                redirectsToLogin: true,
                produces: "text/html"
            ) { request, context in
                try await page(request, context)
            },
            Endpoint(
                .post,
                "/staff/sessions/{id}/minutes",
                summary: "Draft the minutes or conclusion notice (form post)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                responses: [303: "to the document's page"],
                produces: "text/html"
            ) { request, context -> Response in
                let id = try context.parameters.require("id")
                let session = try await desk.session(id, staff: context.staff!)
                let form = try await request.decodeForm(Form.self, context: context)
                let kind: MinutesKind =
                    form.kind == "conclusion_notice" ? .conclusionNotice : session.kind == .reception ? .receptionMinutes : .dialogueMinutes
                let record = try await desk.draft(session, kind: kind, staff: context.staff!).record
                return Response(status: .seeOther, headers: [.location: "/staff/minutes/\(record.id)"])
            },
            Endpoint(
                .post,
                "/staff/minutes/{id}/edit",
                summary: "Save the conclusion and notes (form post)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                responses: [303: "back to the page"],
                produces: "text/html"
            ) { request, context -> Response in
                let current = try await find(context)
                let form = try await request.decodeForm(Form.self, context: context)
                do {
                    _ = try await desk.edit(
                        current,
                        conclusion: form.conclusion,
                        notes: form.notes,
                        version: try BoundedNumber.minutesVersion.parse(form.version),
                        staff: context.staff!
                    )
                } catch let error as any ProblemConvertible where [.unprocessableContent, .conflict].contains(error.problem.status) {
                    let problem = error.problem
                    return try await page(
                        request,
                        context,
                        errors: problem.errors.isEmpty
                            ? [.init(field: "conclusion", message: problem.detail)]
                            : problem.errors,
                        status: problem.status
                    )
                }
                return Response(status: .seeOther, headers: [.location: "/staff/minutes/\(current.id)"])
            },
            Endpoint(
                .post,
                "/staff/minutes/{id}/finalise",
                summary: "Finalise the latest version (form post)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                responses: [303: "back to the page"],
                produces: "text/html"
            ) { request, context -> Response in
                let current = try await find(context)
                let form = try await request.decodeForm(Form.self, context: context)
                do {
                    _ = try await desk.finalise(current, version: try BoundedNumber.minutesVersion.parse(form.version), staff: context.staff!)
                } catch let error as any ProblemConvertible where error.problem.status == .conflict {
                    let problem = error.problem
                    return try await page(request, context, errors: [.init(field: "finalise", message: problem.detail)], status: problem.status)
                }
                return Response(status: .seeOther, headers: [.location: "/staff/minutes/\(current.id)"])
            },
        ]
    }

    private func find(_ context: AppRequestContext) async throws -> MinutesRecord {
        try await desk.find(try context.parameters.require("id"), staff: context.staff!)
    }

    private func page(
        _ request: Request,
        _ context: AppRequestContext,
        errors: [Problem.FieldError] = [],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let current = try await find(context)
        let language = Language.of(request)
        let words = pages.localization
        let session = try await desk.schedules.session(id: current.sessionID)
        let zone = try await desk.schedules.timeZone(organisationID: current.organisationID)
        func state(_ record: MinutesRecord) -> String { words.word(record.isFinal ? "documents_state_final" : "documents_state_draft", language) }
        let versions = try await desk.minutes.versions(current.id).reversed().map { record in
            MinutesPage.Version(
                version: record.version,
                stateLabel: state(record),
                createdBy: record.createdBy,
                createdAt: DocumentDate.short(record.createdAt, clock: ZoneClock(zone))
            )
        }
        let content = MinutesPage(
            id: current.id,
            version: current.version,
            stateLabel: state(current),
            isFinal: current.isFinal,
            number: current.number.map { "\($0)/\(current.kind.numberCode)" },
            kindLabel: words.word("documents_kind_\(current.kind.rawValue)", language),
            sessionTitle: session?.title ?? current.sessionID,
            sessionURL: session?.kind == .reception ? "/staff/sessions/\(current.sessionID)" : "/staff/programmes/\(current.sessionID)",
            conclusion: current.conclusion,
            notes: current.notes,
            versions: Array(versions),
            errorSummary: ErrorSummary.of(errors)
        )
        return try pages.page("web/staff/minutes", titleKey: "documents_title", request: request, context: context, content: content, status: status)
    }
}
