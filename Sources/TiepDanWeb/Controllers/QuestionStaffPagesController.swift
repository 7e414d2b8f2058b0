import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanPublish
import TiepDanStore

/// Staff pages for questions: the queue with due states and search, and one question with the
/// actions the signed-in person may take on it. Plain form posts that answer with a redirect.
struct QuestionStaffPagesController {
    let pages: PageRenderer
    let desk: QuestionDesk
    let printer: ChromiumPrinter?

    struct ActionForm: Decodable {
        var decision: String?
        var reason: String?
        var mergeInto: String?
        var departmentId: String?
        var dueDate: String?
        var text: String?
        var phrase: String?
        var comment: String?
        var request: String?
        var basis: String?
        var remaining: String?
        var scope: String?
        var temporary: String?
        var complex: String?
        var remoteArea: String?
        var secondInstance: String?

        enum CodingKeys: String, CodingKey {
            case decision, reason, text, phrase, comment, request, basis, remaining, scope, temporary, complex
            case remoteArea = "remote_area"
            case secondInstance = "second_instance"
            case mergeInto = "merge_into"
            case departmentId = "department_id"
            case dueDate = "due_date"
        }
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/staff/questions",
                summary: "The question queue (officers: own department)",
                tag: "pages",
                roles: [.secretariat, .leader, .officer],
                redirectsToLogin: true,
                query: [("status", "a status"), ("due", "due_soon, overdue or very_overdue"), ("q", "search words")],
                produces: "text/html"
            ) { request, context in
                try await queue(request, context)
            },
            Endpoint(
                .get,
                "/staff/questions/{reference}",
                summary: "One question with its actions",
                tag: "pages",
                roles: [.secretariat, .leader, .officer],
                redirectsToLogin: true,
                produces: "text/html"
            ) { request, context in
                try await detail(
                    request,
                    context,
                    record: try await desk.readable(try context.parameters.require("reference"), staff: context.staff!)
                )
            },
            Endpoint(
                .get,
                "/staff/questions/{reference}/submitter",
                summary: "Who sent it (audited)",
                tag: "pages",
                roles: [.secretariat, .leader, .officer],
                redirectsToLogin: true,
                produces: "text/html"
            ) { request, context -> Response in
                let staff = context.staff!
                let record = try await desk.readable(try context.parameters.require("reference"), staff: staff)
                let (identity, sealed) = try await desk.submitter(record, staff: staff)
                let content = SubmitterPage(
                    reference: record.reference,
                    name: identity.name,
                    phone: identity.phone?.nilIfEmpty,
                    email: identity.email?.nilIfEmpty,
                    address: identity.address?.nilIfEmpty,
                    identification: identity.idNumber.map { number in
                        (identity.idType.map { pages.localization.word("id_type_\($0)", Language.of(request)) + ": " } ?? "") + number
                    },
                    sealed: sealed
                )
                return try pages.page(
                    "web/staff/submitter",
                    titleKey: "question_submitter_title",
                    request: request,
                    context: context,
                    content: content
                )
            },
            Endpoint(
                .get,
                "/staff/questions/{reference}/decisions/{position}",
                summary: "The written notice or decision of a step in the case's history (Decree 30/2020 layout)",
                tag: "pages",
                roles: [.secretariat, .leader],
                redirectsToLogin: true,
                query: [("format", DocumentResponse.formats)],
                responses: [200: "the document", 404: "no such question, or the step calls for no writing"],
                produces: "text/html"
            ) { request, context -> Response in
                let staff = context.staff!
                let record = try await desk.readable(try context.parameters.require("reference"), staff: staff)
                let position = try BoundedNumber("position", 1...10_000).parse(context.parameters.get("position")) ?? 0
                let (kind, document) = try await desk.decision(record, position: position, staff: staff)
                return try await DocumentResponse.make(
                    try pages.templates.render("documents/case-decision", with: document),
                    request: request,
                    filename: "\(kind.code.lowercased())-\(record.reference)-\(position)",
                    printer: printer
                )
            },
            Endpoint(
                .get,
                "/staff/questions/{reference}/sensitive",
                summary: "A sensitive question's sealed subject and text (audited; its handlers and leaders)",
                tag: "pages",
                roles: [.leader, .officer],
                redirectsToLogin: true,
                responses: [200: "OK", 403: "not for you", 409: "not sealed as sensitive"],
                produces: "text/html"
            ) { request, context -> Response in
                let staff = context.staff!
                let record = try await desk.readable(try context.parameters.require("reference"), staff: staff)
                let content = try await desk.sensitiveContent(record, staff: staff)
                return try pages.page(
                    "web/staff/sensitive",
                    titleKey: "question_sensitive_title",
                    request: request,
                    context: context,
                    content: SensitivePage(reference: record.reference, subject: content.subject, text: content.text)
                )
            },
            Endpoint(
                .post,
                "/staff/questions/{reference}/decisions/{position}/sent",
                summary: "Record that the notice or decision was sent to a party (form post: party)",
                tag: "pages",
                roles: [.secretariat],
                redirectsToLogin: true,
                responses: [303: "back to the question", 404: "no such question or step", 422: "no such party"],
                produces: "text/html"
            ) { request, context -> Response in
                let staff = context.staff!
                let record = try await desk.readable(try context.parameters.require("reference"), staff: staff)
                let position = try BoundedNumber("position", 1...10_000).parse(context.parameters.get("position")) ?? 0
                let form = try await request.decodeForm([String: String].self, context: context)
                try await desk.recordSent(record, position: position, party: form["party"] ?? "", staff: staff)
                return Response(status: .seeOther, headers: [.location: "/staff/questions/\(record.reference)"])
            },
            Endpoint(
                .post,
                "/staff/questions/{reference}/{action}",
                summary:
                    "screen, assign, answer, approve, return, publish, redact, extend, clarify, clarification, suspend, resume, withdraw or continue (form post)",
                tag: "pages",
                roles: [.secretariat, .leader, .officer],
                redirectsToLogin: true,
                responses: [303: "back to the question", 409: "not allowed now", 422: "a field is missing"],
                produces: "text/html"
            ) { request, context -> Response in
                let staff = context.staff!
                let record = try await desk.readable(try context.parameters.require("reference"), staff: staff)
                let form = try await request.decodeForm(ActionForm.self, context: context)
                let action = try context.parameters.require("action")
                do {
                    switch action {
                    case "screen":
                        _ = try await desk.screen(
                            record,
                            decision: form.decision ?? "",
                            reason: form.reason,
                            mergeInto: form.mergeInto,
                            conditions: CaseConditions(
                                complex: form.complex == "1",
                                remote: form.remoteArea == "1",
                                secondInstance: form.secondInstance == "1"
                            ),
                            staff: staff
                        )
                    case "assign":
                        _ = try await desk.assign(record, departmentID: form.departmentId ?? "", dueDate: form.dueDate, staff: staff)
                    case "answer": _ = try await desk.answer(record, text: form.text ?? "", staff: staff)
                    case "approve": _ = try await desk.approve(record, staff: staff)
                    case "return": _ = try await desk.returnForRevision(record, comment: form.comment ?? "", staff: staff)
                    case "publish": _ = try await desk.publish(record, staff: staff)
                    case "redact": try await desk.redact(record, phrase: form.phrase ?? "", staff: staff)
                    case "extend": _ = try await desk.extend(record, dueDate: form.dueDate ?? "", reason: form.reason ?? "", staff: staff)
                    case "clarify": _ = try await desk.clarify(record, request: form.request ?? "", staff: staff)
                    case "clarification": _ = try await desk.recordClarification(record, text: form.text ?? "", staff: staff)
                    case "suspend":
                        _ = try await desk.suspend(
                            record,
                            temporary: form.temporary == "1",
                            reason: form.reason ?? "",
                            basis: form.basis ?? "",
                            staff: staff
                        )
                    case "resume": _ = try await desk.resume(record, reason: form.reason, staff: staff)
                    case "withdraw":
                        _ = try await desk.withdraw(
                            record,
                            scope: form.scope ?? "",
                            remaining: form.remaining,
                            reason: form.reason ?? "",
                            staff: staff
                        )
                    case "continue": _ = try await desk.continueAfterAbsence(record, reason: form.reason ?? "", staff: staff)
                    case "sensitive": _ = try await desk.markSensitive(record, staff: staff)
                    default: throw Problem.notFound("no such action")
                    }
                } catch let error as any ProblemConvertible where [.unprocessableContent, .conflict, .forbidden].contains(error.problem.status) {
                    let problem = error.problem
                    let language = Language.of(request)
                    let messages =
                        problem.errors.isEmpty
                        ? [pages.localization.word("question_error_state", language) + " (\(problem.detail))"]
                        : problem.errors.map {
                            // The citizen's clarification is the form's `text`, like an answer, but not one.
                            let field = action == "clarification" && $0.field == "text" ? "clarification" : $0.field
                            return pages.localization.word("question_error_\(field)", language)
                        }
                    return try await detail(
                        request,
                        context,
                        record: try await desk.readable(record.reference, staff: staff),
                        errors: messages,
                        status: problem.status
                    )
                }
                return Response(status: .seeOther, headers: [.location: "/staff/questions/\(record.reference)"])
            },
        ]
    }

    private func queue(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let staff = context.staff!
        let parameters = request.uri.queryParameters
        let language = Language.of(request)
        let words = pages.localization
        let query = parameters.get("q")?.trimmingCharacters(in: .whitespaces) ?? ""
        let status = parameters.get("status").flatMap(QuestionStatus.init(rawValue:))
        let due = parameters.get("due").flatMap(DueState.init(rawValue:))
        let records = try await desk.queue(
            StaffQuestionFilter(words: query, status: status?.rawValue, due: due?.rawValue, limit: 500),
            staff: staff
        ).items
        let rows = records.map { record in
            let state = desk.dueState(record)
            return QuestionQueuePage.Row(
                reference: record.reference,
                subject: record.subject,
                category: words.word("category_\(record.category.rawValue)", language),
                status: words.word("question_status_\(record.status.rawValue)", language),
                due: DocumentDate.short(record.dueDate),
                dueState: state,
                dueLabel: words.word("due_\(state)", language),
                supporters: record.supporters
            )
        }
        let filterable: [QuestionStatus] = [.submitted, .accepted, .assigned, .answered, .approved, .published]
        let content = QuestionQueuePage(
            query: query,
            statuses: filterable.map {
                Choice(value: $0.rawValue, label: words.word("question_status_\($0.rawValue)", language), selected: $0 == status)
            },
            dues: [DueState.dueSoon, .overdue, .veryOverdue].map {
                Choice(value: $0.rawValue, label: words.word("due_\($0.rawValue)", language), selected: $0 == due)
            },
            rows: rows
        )
        return try pages.page("web/staff/questions", titleKey: "questions_title", request: request, context: context, content: content)
    }

    private func detail(
        _ request: Request,
        _ context: AppRequestContext,
        record: QuestionRecord,
        errors: [String] = [],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let staff = context.staff!
        let language = Language.of(request)
        let words = pages.localization
        let isClerk = staff.hasAnyRole([.secretariat])
        let clock = try await desk.schedules.organisation(id: record.organisationID)?.clock ?? ZoneClock(RFC3339.vietnam)
        let canWrite = staff.hasAnyRole([.secretariat, .leader], in: record.organisationID)
        let history = try await desk.history(record).enumerated().map {
            QuestionDeskPage.Step(
                when: DocumentDate.short($0.element.at, clock: clock),
                what: words.word("ask_event_\($0.element.action)", language),
                note: $0.element.note?.nilIfEmpty,
                // The step's written notice or decision, to print and to record as sent.
                decision: CaseDecisionKind(action: $0.element.action) != nil && canWrite ? String($0.offset + 1) : nil
            )
        }
        let similar =
            isClerk && (record.status == .submitted || record.status == .accepted)
            ? try await desk.similar(to: record, staff: staff).map {
                QuestionDeskPage.Similar(reference: $0.question.reference, subject: $0.question.subject, score: Int(($0.score * 100).rounded()))
            } : []
        let departments = try await desk.schedules.departments(organisationID: record.organisationID)
        let publicView = try await desk.publicView(record)
        let content = QuestionDeskPage(
            reference: record.reference,
            subject: record.subject,
            text: record.text,
            publicText: publicView.text,
            category: words.word("category_\(record.category.rawValue)", language),
            status: words.word("question_status_\(record.status.rawValue)", language),
            channel: record.channel,
            due: DocumentDate.short(record.dueDate),
            dueLabel: words.word("due_\(desk.dueState(record))", language),
            supporters: record.supporters,
            answer: record.answer?.nilIfEmpty,
            history: history,
            notices: try await desk.notices(record).map { NoticeDelivery($0, clock: clock) { words.word($0, language) } },
            similar: similar,
            departments: departments.map { QuestionDeskPage.Department(id: $0.id, name: $0.name, selected: $0.id == record.departmentID) },
            canScreen: isClerk && (record.status == .submitted || record.status == .accepted),
            canAccept: isClerk && record.status == .submitted,
            canAssign: isClerk && [.accepted, .assigned, .answered].contains(record.status),
            canAnswer: QuestionAccess.canAnswer(record, staff: staff) && [.assigned, .answered].contains(record.status),
            canApprove: staff.hasAnyRole([.leader]) && record.status == .answered,
            canPublish: isClerk && record.status == .approved,
            canRedact: isClerk,
            canSeeSubmitter: QuestionAccess.canSeeSubmitter(record, staff: staff),
            sensitive: record.sensitive,
            canOpenSensitive: record.sensitive && QuestionAccess.canOpenSensitive(record, staff: staff),
            canMarkSensitive: !record.sensitive && staff.hasAnyRole([.secretariat, .leader], in: record.organisationID),
            turns: CaseTurns(record, isClerk: isClerk),
            isDenunciation: record.category == .denunciation,
            isComplaint: record.category == .complaint,
            errorSummary: ErrorSummary.of(errors.map { FieldIssue(field: "actions", message: $0) })
        )
        return try pages.page("web/staff/question", titleKey: "question_title", request: request, context: context, content: content, status: status)
    }
}
