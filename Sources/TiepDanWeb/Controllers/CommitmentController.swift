import Foundation
import Hummingbird
import TiepDanCore
import TiepDanStore

/// Commitments: recorded by the secretariat or a leader during a session or after a question,
/// updated by their owners, and public in full with their history.
struct CommitmentController {
    let commitments: CommitmentRepository
    let schedules: ScheduleRepository
    let questions: QuestionRepository
    let holidays: HolidayCalendar

    struct NewBody: Decodable {
        let text: String
        let owner: String
        let dueDate: String
        let organisationId: String
        let sessionId: String?
        let questionRef: String?
    }

    struct ProgressBody: Decodable {
        let progress: Int
        let status: String?
        let note: String
        let evidence: String?
    }

    struct ExtendBody: Decodable {
        let dueDate: String
        let reason: String
    }

    struct Source: Encodable, Sendable {
        let kind: String
        let id: String
    }

    struct HistoryStep: Encodable, Sendable {
        let at, kind, status: String
        let progress: Int
        let note, evidence, dueBefore, dueAfter: String?
    }

    struct View: ResponseEncodable, Sendable {
        let id, organisationId, text, owner, ownerName, madeAt, dueDate, originalDue, status: String
        let source: Source?
        let progress: Int
        let extended: Bool
        let doneAt: String?
        let onTime: Bool?
        let dropReason: String?
        var history: [HistoryStep]?
    }

    static let operations = [
        OpenAPIOperation(method: "GET", path: "/api/v1/commitments", summary: "Commitments, with the status as of now (overdue derived)",
                         tag: "commitments", query: [("organisation", "organisation id"), ("status", "open, in_progress, done, overdue or dropped"),
                                                     ("limit", "1-500"), ("cursor", "from next_cursor")]),
        OpenAPIOperation(method: "GET", path: "/api/v1/commitments/{id}", summary: "One commitment with its history", tag: "commitments",
                         responses: [200: "the commitment", 404: "no such commitment"]),
        OpenAPIOperation(
            method: "POST", path: "/api/v1/commitments", summary: "Record a commitment", tag: "staff", roles: ["secretariat", "leader"],
            requestBody: """
                {"type": "object", "required": ["text", "owner", "due_date", "organisation_id"],
                 "properties": {"text": {"type": "string"}, "owner": {"type": "string", "description": "a leader or department id"},
                  "due_date": {"type": "string", "format": "date"}, "organisation_id": {"type": "string"},
                  "session_id": {"type": "string"}, "question_ref": {"type": "string"}}}
                """,
            responses: [201: "recorded", 422: "a field is not acceptable"]),
        OpenAPIOperation(
            method: "POST", path: "/api/v1/commitments/{id}/progress", summary: "Report progress (done, or dropped with a reason)", tag: "staff",
            roles: ["officer", "leader", "secretariat"],
            requestBody: """
                {"type": "object", "required": ["progress", "note"],
                 "properties": {"progress": {"type": "integer", "minimum": 0, "maximum": 100},
                  "status": {"type": "string", "enum": ["in_progress", "done", "dropped"]}, "note": {"type": "string"},
                  "evidence": {"type": "string", "format": "uri"}}}
                """,
            responses: [200: "recorded", 403: "another department's", 404: "no such commitment", 409: "done or dropped", 422: "a field is not acceptable"]),
        OpenAPIOperation(
            method: "POST", path: "/api/v1/commitments/{id}/extend", summary: "Extend the due date, with a reason shown in public", tag: "staff",
            roles: ["secretariat", "leader"],
            requestBody: #"{"type": "object", "required": ["due_date", "reason"], "properties": {"due_date": {"type": "string", "format": "date"}, "reason": {"type": "string"}}}"#,
            responses: [200: "extended", 409: "closed, or not later", 422: "a field is not acceptable"]),
    ]

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("api/v1/commitments") { request, _ -> ListPage<View> in
            let list = try ListQuery(request)
            let wanted = try request.uri.queryParameters.get("status").map { text -> CommitmentStatus in
                guard let status = CommitmentStatus(rawValue: text) else {
                    throw Problem.invalid(field: "status", "must be open, in_progress, done, overdue or dropped")
                }
                return status
            }
            let found = try await commitments.list(organisationID: request.uri.queryParameters.get("organisation"), after: list.cursor,
                                                   limit: list.limit + 1)
            var items: [View] = []
            for record in found.prefix(list.limit) { items.append(try await view(record)) }
            if let wanted { items = items.filter { $0.status == wanted.rawValue } }
            return ListPage(items: items, nextCursor: found.count > list.limit ? found[list.limit - 1].id : nil)
        }
        router.get("api/v1/commitments/:id") { _, context -> View in
            let id = try context.parameters.require("id")
            guard let record = try await commitments.find(id) else { throw Problem.notFound("no commitment \(id)") }
            var result = try await view(record)
            result.history = try await history(record)
            return result
        }
        router.group("api/v1/commitments").add(middleware: RequireRoleMiddleware(roles: [.secretariat, .leader]))
            .post { request, context -> Response in
                let body = try await request.decodeJSON(NewBody.self, context: context)
                let commitment = try await validated(body, actor: context.staff!.id)
                let record = try await commitments.create(commitment, now: Date())
                var response = try context.responseEncoder.encode(try await view(record), from: request, context: context)
                response.status = .created
                response.headers[.location] = "/api/v1/commitments/\(record.id)"
                return response
            }
            .post(":id/extend") { request, context -> View in
                let id = try context.parameters.require("id")
                let body = try await request.decodeJSON(ExtendBody.self, context: context)
                guard let due = CivilDate(iso: body.dueDate) else { throw Problem.invalid(field: "due_date", "must be a date like 2026-03-05") }
                let reason = body.reason.trimmingCharacters(in: .whitespacesAndNewlines)
                guard (3...500).contains(reason.count) else { throw Problem.invalid(field: "reason", "say why (3 to 500 characters); it is shown in public") }
                return try await view(try await Problem.converting {
                    try await commitments.extend(id, to: due, reason: reason, actor: context.staff!.id, now: Date())
                })
            }
        router.group("api/v1/commitments").add(middleware: RequireRoleMiddleware(roles: [.secretariat, .leader, .officer]))
            .post(":id/progress") { request, context -> View in
                let id = try context.parameters.require("id")
                let staff = context.staff!
                guard let record = try await commitments.find(id) else { throw Problem.notFound("no commitment \(id)") }
                if !staff.hasAnyRole([.secretariat, .leader]) && record.ownerID != staff.departmentID {
                    throw Problem.forbidden("officers report on their own department's commitments")
                }
                let body = try await request.decodeJSON(ProgressBody.self, context: context)
                let (status, note, evidence) = try Self.validated(body)
                return try await view(try await Problem.converting {
                    try await commitments.progress(id, progress: body.progress, status: status, note: note, evidence: evidence,
                                                   actor: staff.id, now: Date())
                })
            }
    }

    func validated(_ body: NewBody, actor: String) async throws -> NewCommitment {
        var errors: [Problem.FieldError] = []
        let organisation = try await schedules.organisation(id: body.organisationId)
        if organisation == nil { errors.append(.init(field: "organisation_id", message: "no organisation \(body.organisationId)")) }
        let text = body.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if !(5...2000).contains(text.count) { errors.append(.init(field: "text", message: "write what was promised (5 to 2,000 characters)")) }
        let leaders = try await schedules.leaders(organisationID: body.organisationId).map(\.id)
        let departments = try await schedules.departments(organisationID: body.organisationId).map(\.id)
        let ownerKind = leaders.contains(body.owner) ? "leader" : departments.contains(body.owner) ? "department" : nil
        if ownerKind == nil { errors.append(.init(field: "owner", message: "not a leader or department of \(body.organisationId)")) }
        let due = CivilDate(iso: body.dueDate)
        if due == nil { errors.append(.init(field: "due_date", message: "must be a date like 2026-06-30")) }
        if let session = body.sessionId {
            let found = try await schedules.session(id: session)
            if found?.organisationID != body.organisationId { errors.append(.init(field: "session_id", message: "no session \(session) here")) }
        }
        if let reference = body.questionRef {
            let found = try await questions.find(reference: reference)
            if found?.organisationID != body.organisationId { errors.append(.init(field: "question_ref", message: "no question \(reference) here")) }
        }
        if let due, let organisation {
            let today = ZoneClock(TimeZone(identifier: organisation.timeZone) ?? RFC3339.vietnam).day(of: Date())
            if due < today { errors.append(.init(field: "due_date", message: "must not be in the past")) }
        }
        guard errors.isEmpty, let ownerKind, let due else { throw Problem.invalid(errors) }
        return NewCommitment(organisationID: body.organisationId, text: text, ownerID: body.owner, ownerKind: ownerKind,
                             sessionID: body.sessionId, questionReference: body.questionRef, dueDate: due, createdBy: actor)
    }

    /// The progress report the body describes, or 422 naming each field that is not acceptable.
    static func validated(_ body: ProgressBody) throws -> (status: CommitmentStatus?, note: String, evidence: String?) {
        var errors: [Problem.FieldError] = []
        if !(0...100).contains(body.progress) { errors.append(.init(field: "progress", message: "must be 0 to 100")) }
        let status = body.status?.nilIfEmpty.flatMap(CommitmentStatus.init(rawValue:))
        if body.status?.nilIfEmpty != nil && (status == nil || status == .overdue || status == .open) {
            errors.append(.init(field: "status", message: "must be in_progress, done or dropped"))
        }
        let note = body.note.trimmingCharacters(in: .whitespacesAndNewlines)
        if !(3...2000).contains(note.count) {
            errors.append(.init(field: "note", message: status == .dropped ? "give the reason it is dropped" : "say what was done (3 to 2,000 characters)"))
        }
        let evidence = body.evidence?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        if let evidence, !(evidence.hasPrefix("https://") || evidence.hasPrefix("http://")) || evidence.count > 500 {
            errors.append(.init(field: "evidence", message: "must be a web link (http or https)"))
        }
        guard errors.isEmpty else { throw Problem.invalid(errors) }
        return (status, note, evidence)
    }

    /// The public view, status derived now; text masked like every public text.
    func view(_ record: CommitmentRecord) async throws -> View {
        let zone = try await schedules.timeZone(organisationID: record.organisationID)
        let clock = CommitmentClock(zone: zone, calendar: holidays)
        let ownerName: String
        if record.ownerKind == "leader", let leader = try await schedules.leader(id: record.ownerID) {
            ownerName = "\(leader.title) \(leader.name)"
        } else {
            ownerName = try await schedules.departments(organisationID: record.organisationID).first { $0.id == record.ownerID }?.name ?? record.ownerID
        }
        let source = record.sessionID.map { Source(kind: "session", id: $0) } ?? record.questionReference.map { Source(kind: "question", id: $0) }
        let masker = PersonalDataMasker()
        return View(
            id: record.id, organisationId: record.organisationID, text: masker.masked(record.text), owner: record.ownerID, ownerName: ownerName,
            madeAt: RFC3339.string(record.madeAt, in: zone), dueDate: record.dueDate.description, originalDue: record.originalDue.description,
            status: clock.status(stored: record.status, due: record.dueDate, now: Date()).rawValue, source: source, progress: record.progress,
            extended: record.dueDate != record.originalDue, doneAt: record.doneAt.map { RFC3339.string($0, in: zone) },
            onTime: record.doneAt.map { clock.onTime(due: record.dueDate, doneAt: $0) }, dropReason: record.dropReason.map(masker.masked),
            history: nil)
    }

    func history(_ record: CommitmentRecord) async throws -> [HistoryStep] {
        let masker = PersonalDataMasker()
        return try await commitments.updates(record.id).map {
            HistoryStep(at: RFC3339.string($0.at), kind: $0.kind, status: $0.status.rawValue, progress: $0.progress,
                        note: $0.note.map(masker.masked), evidence: $0.evidence, dueBefore: $0.dueBefore?.description,
                        dueAfter: $0.dueAfter?.description)
        }
    }
}
