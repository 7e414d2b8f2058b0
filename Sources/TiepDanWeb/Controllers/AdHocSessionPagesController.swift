import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice

/// The secretariat adds an ad-hoc session from the pages, as `POST /api/v1/sessions` does: the same desk checks it.
struct AdHocSessionPagesController {
    let pages: PageRenderer
    let desk: SessionDesk

    /// The form as posted; every value as typed, so a refused form shows it again.
    struct Form: Decodable, Sendable {
        var organisation: String?
        var kind: String?
        var title: String?
        var leaders: [String]?
        var date: String?
        var start: String?
        var end: String?
        var location: String?
        var reason: String?
        var slotMinutes: String?
        var slotCapacity: String?

        enum CodingKeys: String, CodingKey {
            case organisation, kind, title, date, start, end, location, reason
            case leaders = "leader_ids"
            case slotMinutes = "slot_minutes"
            case slotCapacity = "slot_capacity"
        }
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/staff/new-session",
                summary: "Add an ad-hoc session: the form",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                query: [("organisation", "the organisation, to offer its leaders")],
                responses: [200: "the form", 404: "no organisation of the account's by that id"],
                produces: "text/html"
            ) { request, context in
                try await page(request, context, form: Form(organisation: request.uri.queryParameters.get("organisation")?.nilIfEmpty))
            },
            Endpoint(
                .post,
                "/staff/sessions",
                summary: "Add an ad-hoc session (form post)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                responses: [
                    303: "to the new session's page", 404: "no organisation of the account's by that id", 409: "a leader already has a session then",
                    422: "the form naming each wrong field",
                ],
                produces: "text/html"
            ) { request, context -> Response in
                let form = try await request.decodeForm(Form.self, context: context)
                let zone = try await desk.schedules.timeZone(organisationID: form.organisation ?? "")
                func number(_ text: String?) -> Int? { text.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } }
                let asked = AdHocSessionRequest(
                    organisationId: form.organisation ?? "",
                    kind: form.kind,
                    title: form.title ?? "",
                    leaderIds: form.leaders ?? [],
                    placeId: nil,
                    location: form.location,
                    startsAt: FormDateTime.text(FormDateTime.instant(date: form.date, time: form.start, zone: zone)),
                    endsAt: FormDateTime.text(FormDateTime.instant(date: form.date, time: form.end, zone: zone)),
                    topics: nil,
                    reason: form.reason ?? "",
                    slotMinutes: number(form.slotMinutes),
                    slotCapacity: number(form.slotCapacity)
                )
                do {
                    let session = try await desk.createAdHoc(asked, staff: context.staff!)
                    let place = session.kind == SessionKind.reception.rawValue ? "/staff/sessions/\(session.id)" : "/staff/programmes/\(session.id)"
                    return Response(status: .seeOther, headers: [.location: place])
                } catch OfficeError.invalid(let issues) {
                    return try await page(request, context, form: form, issues: issues, status: .unprocessableContent)
                } catch OfficeError.conflict(_, let field) {
                    return try await page(
                        request,
                        context,
                        form: form,
                        issues: [FieldIssue(field: field ?? "leader_ids", message: "busy")],
                        status: .conflict
                    )
                }
            },
        ]
    }

    private func page(
        _ request: Request,
        _ context: AppRequestContext,
        form: Form,
        issues: [FieldIssue] = [],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = Language.of(request)
        let words = pages.localization
        let mine = try await desk.schedules.organisations(of: context.staff!, holding: [.secretariat])
        // An organisation the account does not run is as unknown here as one that does not exist.
        if let asked = form.organisation, !mine.contains(where: { $0.id == asked }) { throw Problem.notFound("no organisation \(asked)") }
        let chosen = form.organisation ?? (mine.count == 1 ? mine.first?.id : nil)
        let leaders = if let chosen { try await desk.schedules.leaders(organisationID: chosen) } else { [Leader]() }
        // The desk's field names as the form's: `starts_at` is the start time, `leader_ids[1]` the leaders.
        func input(_ field: String) -> String {
            let base = field.split(separator: "[").first.map(String.init) ?? field
            return ["organisation_id": "organisation", "starts_at": "start", "ends_at": "end", "leader_ids": "leaders", "place_id": "location"][base]
                ?? base
        }
        var errors: [String: String] = [:]
        for issue in issues {
            let field = input(issue.field)
            let key = issue.message == "busy" ? "new_session_error_busy" : "new_session_error_" + field
            errors[field] = errors[field] ?? words.word(key, language)
        }
        let content = NewSessionPage(
            organisations: mine.map { Choice(value: $0.id, label: $0.name, selected: $0.id == chosen) },
            organisationID: chosen,
            leaders: leaders.map { Choice(value: $0.id, label: "\($0.title) \($0.name)", selected: form.leaders?.contains($0.id) == true) },
            kinds: SessionKind.allCases.map {
                Choice(
                    value: $0.rawValue,
                    label: words.word("session_kind_" + $0.rawValue, language),
                    selected: $0.rawValue == (form.kind ?? "reception")
                )
            },
            form: form,
            errors: errors,
            errorSummary: ErrorSummary.of(errors.sorted { $0.key < $1.key }.map { FieldIssue(field: $0.key, message: $0.value) })
        )
        return try pages.page(
            "web/staff/new-session",
            titleKey: "new_session_title",
            request: request,
            context: context,
            content: content,
            status: status
        )
    }
}
