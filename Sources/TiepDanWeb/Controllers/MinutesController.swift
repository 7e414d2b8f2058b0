import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanPublish
import TiepDanStore

/// Minutes and conclusion notices of a session: drafted from what tiepdan holds, edited and
/// regenerated while a draft, finalised (numbered and locked), then a new version for any later edit.
struct MinutesController {
    let pages: PageRenderer
    let schedules: ScheduleRepository
    let bookings: BookingRepository
    let questions: QuestionRepository
    let commitments: CommitmentRepository
    let minutes: MinutesRepository
    let printer: ChromiumPrinter?
    /// What the live console recorded of a programme, for its minutes.
    let broadcast: @Sendable (ScheduledSession) async throws -> (onAir: [String: String], callIns: [DialogueCallIn])?

    struct Body: Decodable {
        let kind: String?
        let conclusion: String?
        let notes: String?
        let version: Int?
    }

    struct VersionView: Encodable, Sendable {
        let version: Int
        let state: String
        let createdAt: String
        let createdBy: String
        let finalisedAt: String?
        let htmlUrl: String
    }

    struct View: ResponseEncodable {
        let id, sessionId, kind, state: String
        let version: Int
        let number: Int?
        let conclusion, notes, createdAt, createdBy: String
        let finalisedAt: String?
        let htmlUrl, pdfUrl, textUrl: String
        let versions: [VersionView]?
    }

    static let operations = [
        OpenAPIOperation(
            method: "POST", path: "/api/v1/sessions/{id}/minutes", summary: "Draft (or regenerate the draft of) the session's minutes or conclusion notice",
            tag: "staff", roles: ["secretariat"],
            requestBody: """
                {"type": "object", "properties": {"kind": {"type": "string", "enum": ["minutes", "conclusion_notice"]},
                  "conclusion": {"type": "string"}, "notes": {"type": "string"}}}
                """,
            responses: [200: "the draft, regenerated", 201: "a new version", 404: "no such session", 422: "a field is not acceptable"]),
        OpenAPIOperation(
            method: "PATCH", path: "/api/v1/minutes/{id}", summary: "Edit the conclusion or notes; a final version gets a new draft version",
            tag: "staff", roles: ["secretariat"],
            requestBody: """
                {"type": "object", "properties": {"conclusion": {"type": "string"}, "notes": {"type": "string"},
                  "version": {"type": "integer", "description": "the version edited; refused when no longer the latest"}}}
                """,
            responses: [200: "the draft", 201: "a new version", 404: "no such minutes", 409: "the version changed meanwhile"]),
        OpenAPIOperation(
            method: "POST", path: "/api/v1/minutes/{id}/finalise", summary: "Number and lock the latest version",
            tag: "staff", roles: ["secretariat"],
            requestBody: #"{"type": "object", "properties": {"version": {"type": "integer"}}}"#,
            responses: [200: "the final version", 404: "no such minutes", 409: "already final, or changed meanwhile"]),
        OpenAPIOperation(method: "GET", path: "/api/v1/minutes/{id}", summary: "The minutes with every version", tag: "staff",
                         roles: ["secretariat", "leader"], responses: [200: "the minutes", 404: "no such minutes"]),
        OpenAPIOperation(method: "GET", path: "/minutes/{id}", summary: "A version of the minutes, printable (html, pdf or txt)",
                         tag: "pages", roles: ["secretariat", "leader"],
                         query: [("version", "a version number; default the latest"), ("format", "html, pdf or txt")], produces: "text/html"),
    ]

    func addRoutes(to router: Router<AppRequestContext>) {
        let secretariat = router.group("api/v1").add(middleware: RequireRoleMiddleware(roles: [.secretariat]))
        secretariat.post("sessions/:id/minutes") { request, context -> Response in
            let id = try context.parameters.require("id")
            guard let session = try await schedules.session(id: id) else { throw Problem.notFound("no session \(id)") }
            let body = try await request.decodeJSON(Body.self, context: context)
            let kind: MinutesKind
            switch body.kind ?? "minutes" {
            case "minutes": kind = session.kind == .reception ? .receptionMinutes : .dialogueMinutes
            case "conclusion_notice": kind = .conclusionNotice
            default: throw Problem.invalid(field: "kind", "must be minutes or conclusion_notice")
            }
            let before = try await minutes.latest(sessionID: id, kind: kind)
            let saved = try await save(session, kind: kind, conclusion: body.conclusion ?? before?.conclusion ?? "",
                                       notes: body.notes ?? before?.notes ?? "", expectedVersion: nil, actor: context.staff!.id)
            var response = try await view(saved, versions: nil).response(from: request, context: context)
            response.status = before.map { $0.isFinal } ?? true ? .created : .ok
            return response
        }
        secretariat.patch("minutes/:id") { request, context -> Response in
            let current = try await find(context)
            let body = try await request.decodeJSON(Body.self, context: context)
            let saved = try await edit(current, conclusion: body.conclusion, notes: body.notes, version: body.version, actor: context.staff!.id)
            var response = try await view(saved, versions: nil).response(from: request, context: context)
            response.status = current.isFinal ? .created : .ok
            return response
        }
        secretariat.post("minutes/:id/finalise") { request, context -> View in
            let current = try await find(context)
            let body = try await request.decodeJSON(Body.self, context: context)
            return try await view(try await finalise(current, version: body.version, actor: context.staff!.id), versions: nil)
        }
        router.group("api/v1/minutes").add(middleware: RequireRoleMiddleware(roles: [.secretariat, .leader]))
            .get(":id") { _, context -> View in
                let current = try await find(context)
                return try await view(current, versions: try await minutes.versions(current.id))
            }
        router.group("minutes").add(middleware: RequireRoleMiddleware(roles: [.secretariat, .leader], redirectsToLogin: true))
            .get(":id") { request, context -> Response in
                let id = try context.parameters.require("id")
                let version = try request.uri.queryParameters.get("version").map { text -> Int in
                    guard let number = Int(text) else { throw Problem.invalid(field: "version", "a version number") }
                    return number
                }
                guard let record = try await minutes.find(id, version: version) else { throw Problem.notFound("no minutes \(id)") }
                return try await DocumentResponse.make(record.html, request: request, filename: "\(record.id)-v\(record.version)", printer: printer)
            }
    }

    private func find(_ context: AppRequestContext) async throws -> MinutesRecord {
        let id = try context.parameters.require("id")
        guard let record = try await minutes.find(id) else { throw Problem.notFound("no minutes \(id)") }
        return record
    }

    private func drafter(_ session: ScheduledSession) async throws -> DocumentDrafter {
        DocumentDrafter(facts: try await SessionRecordFacts.read(
            session, schedules: schedules, bookings: bookings, questions: questions, commitments: commitments))
    }

    private func aired(_ session: ScheduledSession) async throws -> (onAir: [String: String], callIns: [DialogueCallIn])? {
        session.kind == .reception ? nil : try await broadcast(session)
    }

    /// Edits the conclusion or notes of the latest version: in place for a draft, as a new version after a final one.
    func edit(_ current: MinutesRecord, conclusion: String?, notes: String?, version: Int?, actor: String) async throws -> MinutesRecord {
        guard let session = try await schedules.session(id: current.sessionID) else { throw Problem.notFound("no session") }
        return try await save(session, kind: current.kind, conclusion: conclusion ?? current.conclusion, notes: notes ?? current.notes,
                              expectedVersion: version ?? current.version, actor: actor)
    }

    /// Numbers and locks `version` (default the latest), its text drafted afresh with the number.
    func finalise(_ current: MinutesRecord, version: Int?, actor: String) async throws -> MinutesRecord {
        guard let session = try await schedules.session(id: current.sessionID) else { throw Problem.notFound("no session") }
        let drafter = try await drafter(session)
        let today = ZoneClock(drafter.facts.zone).day(of: Date())
        let aired = try await aired(session)
        return try await minutes.finalise(current.id, version: version ?? current.version, actor: actor, now: Date()) { number in
            try html(current.kind, drafter, version: current.version, draft: false, number: number, conclusion: current.conclusion,
                     notes: current.notes, today: today, aired: aired)
        }
    }

    /// Drafts (or regenerates the draft of) the session's document, keeping what the secretariat wrote.
    func draft(_ session: ScheduledSession, kind: MinutesKind, actor: String) async throws -> MinutesRecord {
        let before = try await minutes.latest(sessionID: session.id, kind: kind)
        return try await save(session, kind: kind, conclusion: before?.conclusion ?? "", notes: before?.notes ?? "", expectedVersion: nil, actor: actor)
    }

    private func save(
        _ session: ScheduledSession, kind: MinutesKind, conclusion: String, notes: String, expectedVersion: Int?, actor: String
    ) async throws -> MinutesRecord {
        var errors: [Problem.FieldError] = []
        if conclusion.count > 20_000 { errors.append(.init(field: "conclusion", message: "at most 20,000 characters")) }
        if notes.count > 20_000 { errors.append(.init(field: "notes", message: "at most 20,000 characters")) }
        guard errors.isEmpty else { throw Problem.invalid(errors) }
        let drafter = try await drafter(session)
        let today = ZoneClock(drafter.facts.zone).day(of: Date())
        let aired = try await aired(session)
        let conclusion = conclusion.trimmingCharacters(in: .whitespacesAndNewlines)
        let notes = notes.trimmingCharacters(in: .whitespacesAndNewlines)
        return try await minutes.saveDraft(
            sessionID: session.id, organisationID: session.organisationID, kind: kind, conclusion: conclusion, notes: notes,
            expectedVersion: expectedVersion, actor: actor, now: Date()
        ) { version, number in
            try html(kind, drafter, version: version, draft: true, number: number, conclusion: conclusion, notes: notes, today: today, aired: aired)
        }
    }

    private func html(
        _ kind: MinutesKind, _ drafter: DocumentDrafter, version: Int, draft: Bool, number: Int?, conclusion: String, notes: String,
        today: CivilDate, aired: (onAir: [String: String], callIns: [DialogueCallIn])?
    ) throws -> String {
        switch kind {
        case .receptionMinutes:
            try pages.templates.render("documents/reception-minutes", with: drafter.receptionMinutes(
                version: version, draft: draft, number: number, conclusion: conclusion, notes: notes))
        case .dialogueMinutes:
            try pages.templates.render("documents/dialogue-minutes", with: drafter.dialogueMinutes(
                version: version, draft: draft, number: number, conclusion: conclusion, notes: notes, aired: aired))
        case .conclusionNotice:
            try pages.templates.render("documents/conclusion-notice", with: drafter.conclusionNotice(
                version: version, draft: draft, number: number, conclusion: conclusion, today: today))
        }
    }

    private func view(_ record: MinutesRecord, versions: [MinutesRecord]?) async throws -> View {
        let zone = try await schedules.timeZone(organisationID: record.organisationID)
        let url = "/minutes/\(record.id)?version=\(record.version)"
        return View(
            id: record.id, sessionId: record.sessionID, kind: record.kind.rawValue, state: record.isFinal ? "final" : "draft",
            version: record.version, number: record.number, conclusion: record.conclusion, notes: record.notes,
            createdAt: RFC3339.string(record.createdAt, in: zone), createdBy: record.createdBy,
            finalisedAt: record.finalisedAt.map { RFC3339.string($0, in: zone) }, htmlUrl: url, pdfUrl: url + "&format=pdf",
            textUrl: url + "&format=txt",
            versions: versions?.map {
                VersionView(version: $0.version, state: $0.isFinal ? "final" : "draft", createdAt: RFC3339.string($0.createdAt, in: zone),
                            createdBy: $0.createdBy, finalisedAt: $0.finalisedAt.map { RFC3339.string($0, in: zone) },
                            htmlUrl: "/minutes/\($0.id)?version=\($0.version)")
            })
    }
}
